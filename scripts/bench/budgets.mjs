// The budgets, in one place for the bench and the size test.
// 1 KB = 1000 bytes (the stricter reading of "KB").

export const KB = 1000;

export const BUDGETS = {
  /** The popup's first load, gzipped, in bytes: its HTML and the JS and CSS it fetches up front. */
  popupGzip: 18 * KB,
  /** The service worker's bundle, gzipped, in bytes. */
  workerGzip: 12 * KB,
  /** Popup ready (primary button enabled) over the floor page's, pooled medians. */
  popupReadyRatio: 1.1,
  /** Popup status shown (the real status, nothing aria-busy) over the floor page's, pooled medians. */
  statusShownRatio: 1.25,
  /** Worker cold start to a status reply over the baseline worker's, pooled medians. */
  coldStartRatio: 1.3,
  /** Median lateness of the prompt's notification after its due time, in ms (strictly under). */
  punctualityMedianMs: 1000,
  /** Worker wake-ups per minute in a working stretch with the badge countdown on. */
  wakeupsPerMinuteBadgeOn: 1,
  /** Worker wake-ups in a working stretch with the badge countdown off and no user action. */
  wakeupsBadgeOff: 0,
};
