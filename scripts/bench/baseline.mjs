// The baseline extension the bench measures Midbreak against: an empty page, a floor page
// and a service worker that only answers messages. It is written to a temp dir at run time
// and nothing of it ships in Midbreak.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MANIFEST = {
  manifest_version: 3,
  name: 'Midbreak bench baseline',
  version: '1.0.0',
  description: 'Empty page, floor page and empty worker: the floor Midbreak is measured against.',
  action: { default_popup: 'popup.html' },
  background: { service_worker: 'background.js', type: 'module' },
};

// An empty page: nothing to render, nothing to fetch. Its moments are all the first frame
// after the document is parsed.
const EMPTY_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Baseline</title></head>
  <body></body>
</html>
`;

// The floor page: the least a real popup must do. An empty document that fetches one tiny
// module script (external: MV3 forbids inline scripts), which builds the page's root and
// its primary control with DOM calls. No popup can show its first view sooner than this.
const FLOOR_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Floor</title>
    <script type="module" src="floor.js"></script>
  </head>
  <body></body>
</html>
`;

// The same root, status section and primary button the bench's probe looks for in Midbreak's popup.
const FLOOR_SCRIPT = `const app = document.createElement('div');
app.id = 'app';
const status = document.createElement('section');
status.dataset.testid = 'status';
status.dataset.phase = 'working';
const start = document.createElement('button');
start.dataset.primary = '';
start.textContent = 'Start';
status.append(start);
app.append(status);
document.body.append(app);
`;

// Answers every message the way Midbreak's worker answers a status request, at once.
const WORKER = `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  reply({ ok: true, phase: 'working' });
});
`;

/** The baseline's pages, by the name the bench reports them under. */
export const BASELINE_PAGES = { empty: 'popup.html', floor: 'floor.html' };

/** Writes the baseline extension to a fresh temp dir; returns its path and a remover. */
export async function buildBaseline() {
  const dir = await mkdtemp(join(tmpdir(), 'midbreak-baseline-'));
  await Promise.all([
    writeFile(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2)),
    writeFile(join(dir, BASELINE_PAGES.empty), EMPTY_PAGE),
    writeFile(join(dir, BASELINE_PAGES.floor), FLOOR_PAGE),
    writeFile(join(dir, 'floor.js'), FLOOR_SCRIPT),
    writeFile(join(dir, 'background.js'), WORKER),
  ]);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
