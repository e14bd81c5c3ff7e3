// The baseline extension the bench measures Midbreak against: an empty popup page and a
// service worker that only answers messages. It is written to a temp dir at run time and
// nothing of it ships in Midbreak.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MANIFEST = {
  manifest_version: 3,
  name: 'Midbreak bench baseline',
  version: '1.0.0',
  description: 'Empty page and empty worker: the floor Midbreak is measured against.',
  action: { default_popup: 'popup.html' },
  background: { service_worker: 'background.js', type: 'module' },
};

// An empty page: nothing to render, nothing to fetch. Its "rendered and interactive"
// moment is the first frame after the document is parsed.
const POPUP = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Baseline</title></head>
  <body></body>
</html>
`;

// Answers every message the way Midbreak's worker answers a status request, at once.
const WORKER = `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  reply({ ok: true, phase: 'working' });
});
`;

/** Writes the baseline extension to a fresh temp dir; returns its path and a remover. */
export async function buildBaseline() {
  const dir = await mkdtemp(join(tmpdir(), 'midbreak-baseline-'));
  await Promise.all([
    writeFile(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2)),
    writeFile(join(dir, 'popup.html'), POPUP),
    writeFile(join(dir, 'background.js'), WORKER),
  ]);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
