// After the bench writes schedule state into storage, the worker must look at it again.
// It does so only on a browser event; the bench fires the worker's own schedule alarm
// now (from an extension page, as the extension itself may) and waits until the engine
// has handled it and set its next alarm. No product code path exists for the bench.

/** Statements for an async function body in an extension page: wake the engine and wait for its next alarm. */
export const NUDGE = `{
  const fired = Date.now();
  await chrome.alarms.create('midbreak-schedule', { when: fired });
  for (let i = 0; i < 500; i++) {
    const alarm = await chrome.alarms.get('midbreak-schedule');
    if (alarm && alarm.scheduledTime > fired + 50) break;
    await new Promise((r) => setTimeout(r, 10));
  }
}`;
