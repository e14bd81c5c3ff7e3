export declare const KB: number;
export declare const BUDGETS: {
  popupGzip: number;
  workerGzip: number;
  popupLoadRatio: number;
  coldStartRatio: number;
  punctualityMedianMs: number;
  wakeupsPerMinuteBadgeOn: number;
  wakeupsBadgeOff: number;
};
