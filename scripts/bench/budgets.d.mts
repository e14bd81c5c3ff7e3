export declare const KB: number;
export declare const BUDGETS: {
  popupGzip: number;
  workerGzip: number;
  popupReadyRatio: number;
  statusShownRatio: number;
  coldStartRatio: number;
  punctualityMedianMs: number;
  wakeupsPerMinuteBadgeOn: number;
  wakeupsBadgeOff: number;
};
