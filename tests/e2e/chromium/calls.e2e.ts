import { describe, it } from 'vitest';
import { chromiumPerTest } from '../support/chromium';
import type { ExtensionGlobals } from '../support/extension-api';
import { check, waitFor } from '../support/poll';
import { PROMPT_ID, stateWithWorkLeft } from '../support/schedule';
import { openPopup } from '../support/ui';

// Headless Chromium plays audio in a tab (with autoplay allowed) but has no output device,
// so it never reports the tab audible (seen on Chromium 156: tabs.query({ audible: true })
// stays empty while a generated tone plays). The test therefore makes the worker's own
// tabs.query report one audible tab, and everything from there on is the real extension:
// the engine's question, the core's wait, the popup's words and the prompt when it ends.
const FAKE_CALL = `(() => {
  const original = chrome.tabs.query.bind(chrome.tabs);
  globalThis.__midbreakRealQuery = original;
  chrome.tabs.query = (q) => (q && q.audible ? Promise.resolve([{ id: 1, audible: true }]) : original(q));
  return true;
})()`;
const END_CALL = `(() => { chrome.tabs.query = globalThis.__midbreakRealQuery; return true; })()`;

describe('a call holds the break (Chromium)', () => {
  const chromium = chromiumPerTest();

  it('a break due while a tab plays sound waits, says why, and comes when the sound stops', async () => {
    const { session } = chromium;
    const { settings } = await session.stored();
    const prompts = () => session.probe.count('notifications.create', PROMPT_ID);
    await session.inWorker(FAKE_CALL);
    await session.writeSchedule(stateWithWorkLeft(settings, Date.now(), 1_000));
    await session.nudge();
    await waitFor('the break to wait for the call', async () => (await session.stored()).schedule?.phase, (p) => p?.kind === 'deferred' && (p as { reason?: string }).reason === 'audible');
    check('no prompt during the call', prompts(), (n) => n === 0);
    const popup = await openPopup(session);
    const title = await popup.getByTestId('status').locator('h2').textContent();
    check('the popup says why the break waits', title, (t) => t === 'Waiting: a tab is playing sound');

    await session.inWorker(END_CALL);
    await session.nudge(); // the minute's recheck, brought forward
    await waitFor('the prompt once the sound stops', prompts, (n) => n === 1);
    check('the break is due', (await session.stored()).schedule?.phase.kind, (k) => k === 'due');
    const harness = await session.harness();
    check('the prompt is on screen', PROMPT_ID in (await harness.evaluate(() => (globalThis as unknown as ExtensionGlobals).chrome.notifications.getAll())), (x) => x);
  });
});
