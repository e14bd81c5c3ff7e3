// Worker cold start: with every service worker stopped (CDP ServiceWorker.stopAllWorkers,
// as Chrome does to an idle worker after ~30 s), the time from sending {type:'status'}
// to receiving the reply, timed with performance.now() in an already open extension page.
// The page is the extension's own manifest.json: an extension-origin document with the
// chrome.* APIs but none of Midbreak's code, so nothing else talks to the worker.
// Midbreak and the baseline's message-echo worker alternate in the same browser; the bench
// repeats this in each round's browser and pools the rounds.
import { pooled, pooledRatio } from './stats.mjs';

const send = (message) => `(async () => {
  const t = performance.now();
  const reply = await chrome.runtime.sendMessage(${JSON.stringify(message)});
  return { ms: performance.now() - t, ok: Boolean(reply && reply.ok) };
})()`;
const SEND_STATUS = send({ type: 'status' });
// A message Midbreak's worker rejects at once, without touching the engine or storage:
// its reply time is the cost of starting the worker's script alone.
const SEND_UNKNOWN = send({ type: 'bench-ping' });

/** Opens the quiet page (the manifest document) of extension `id`. */
export function openQuietPage(session, id) {
  return session.openPage(`chrome-extension://${id}/manifest.json`);
}

/**
 * Times `runs` cold starts of each worker, alternating (and alternating which goes first),
 * after `warmup` unrecorded ones of each. Every sample starts from stopped workers. Each
 * pair is followed by Midbreak's reply to an unknown message, to split script start from
 * engine work. Returns every sample and how many status requests failed.
 */
export async function measureColdStart(session, { midbreakId, baselineId, runs = 25, warmup = 2, log = () => {} }) {
  const pages = {
    midbreak: await openQuietPage(session, midbreakId),
    baseline: await openQuietPage(session, baselineId),
  };
  const samples = { midbreak: [], baseline: [], scriptOnly: [] };
  const failures = { midbreak: 0, baseline: 0 };
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const order = i % 2 ? ['baseline', 'midbreak'] : ['midbreak', 'baseline'];
      for (const which of order) {
        await session.stopWorkers();
        const { ms, ok } = await pages[which].evaluate(SEND_STATUS);
        if (!ok) failures[which]++;
        if (i >= warmup) samples[which].push(ms);
      }
      await session.stopWorkers();
      const script = await pages.midbreak.evaluate(SEND_UNKNOWN);
      if (i >= warmup) samples.scriptOnly.push(script.ms);
      if (i >= warmup) log(`cold start ${i - warmup + 1}/${runs}`);
    }
  } finally {
    await Promise.all(Object.values(pages).map((p) => p.close()));
  }
  return { runs, samples, failures };
}

/** The rounds' samples pooled (see stats.mjs pooled, pooledRatio), with the failed requests of all rounds. */
export function summarizeColdStart(rounds) {
  const series = (which) => rounds.map((r) => r.samples[which]);
  const failed = (which) => rounds.reduce((sum, r) => sum + r.failures[which], 0);
  return {
    rounds: rounds.length,
    runs: rounds[0].runs,
    midbreak: pooled(series('midbreak')),
    baseline: pooled(series('baseline')),
    scriptOnly: pooled(series('scriptOnly')),
    ratio: pooledRatio(series('midbreak'), series('baseline')),
    scriptRatio: pooledRatio(series('scriptOnly'), series('baseline')),
    failures: { midbreak: failed('midbreak'), baseline: failed('baseline') },
  };
}
