// The budgets, in one place for the bench and the size test.
// 1 KB = 1000 bytes (the stricter reading of "KB").

export const KB = 1000;

export const BUDGETS = {
  /** The popup's JS + CSS, gzipped, in bytes. */
  popupGzip: 20 * KB,
  /** The service worker's bundle, gzipped, in bytes. */
  workerGzip: 12 * KB,
  /** Popup load time over the baseline page's, medians. */
  popupLoadRatio: 1.3,
  /** Worker cold start over the baseline worker's, medians. */
  coldStartRatio: 1.5,
  /** Median lateness of the prompt's notification after its due time, in ms (strictly under). */
  punctualityMedianMs: 1000,
  /** Worker wake-ups per minute in a working stretch with the badge countdown on. */
  wakeupsPerMinuteBadgeOn: 1,
  /** Worker wake-ups in a working stretch with the badge countdown off and no user action. */
  wakeupsBadgeOff: 0,
};
