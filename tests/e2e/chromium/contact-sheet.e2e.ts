import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StepFigure } from '../../../components/figures/StepFigure';
import { MOVEMENT_IDS, MOVEMENTS, type MovementId } from '../../../lib/movements';
import { words } from '../support/words';

// The contact sheet: every movement's figure at 0, 25, 50, 75 and 100% of its cycle, and
// its reduced-motion pair, in the light and the dark theme, so the pictures can be reviewed
// side by side (test-results/contact-sheet-light.png and -dark.png). The figures are rendered
// by the real component (Preact into a happy-dom document) and drawn by Chromium with the
// real theme and figure CSS; no extension is needed for that.

const OUT = resolve('test-results');
const PHASES = [0, 0.25, 0.5, 0.75, 1];
// Every movement of the library, and the other side of the seated twist (each side's
// picture is the mirror image, so one row shows that the mirroring works).
const ROWS: { stepId: MovementId; side: 1 | 2 | null; label: string }[] = [
  ...MOVEMENT_IDS.map((id) => ({ stepId: id, side: null, label: words('en', MOVEMENTS[id].title) })),
  { stepId: 'seated-twist', side: 2, label: 'Seated twist, other side' },
];

/** Renders the component to markup in a throwaway happy-dom document. */
function markup(props: { stepId: MovementId; phase: number; side: 1 | 2 | null; reduce: boolean }): string {
  const win = new Window();
  const g = globalThis as { document?: unknown };
  const before = g.document;
  g.document = win.document;
  try {
    const root = win.document.createElement('div');
    const matchMedia = () => ({ matches: props.reduce, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList;
    render(h(StepFigure, { stepId: props.stepId, phase: props.phase, side: props.side, win: { matchMedia } }), root as unknown as Element);
    return root.innerHTML;
  } finally {
    g.document = before;
    void win.happyDOM.close();
  }
}

async function sheetHtml(): Promise<string> {
  const css = (await Promise.all(['components/theme.css', 'components/figures/figures.css'].map((f) => readFile(resolve(f), 'utf8')))).join('\n');
  const head = `<tr><th></th>${PHASES.map((p) => `<th>${p * 100}%</th>`).join('')}<th>Reduced motion</th></tr>`;
  const rows = ROWS.map(
    (r) =>
      `<tr><th class="row">${r.label}</th>${PHASES.map((phase) => `<td class="cell">${markup({ ...r, phase, reduce: false })}</td>`).join('')}` +
      `<td class="pair">${markup({ ...r, phase: 0, reduce: true })}</td></tr>`,
  ).join('');
  return `<!doctype html><html><head><style>${css}
    body { padding: 12px; }
    table { border-collapse: separate; border-spacing: 8px; }
    th { font-weight: 600; color: var(--muted); }
    th.row { text-align: right; width: 90px; }
    td { border: 1px solid var(--border); border-radius: 8px; padding: 4px; vertical-align: middle; }
    td.cell { width: 190px; }
    td.pair { width: 330px; }
    td.cell .figure-svg { width: 180px; min-width: 0; }
  </style></head><body><table>${head}${rows}</table></body></html>`;
}

describe('figure contact sheet', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['light', 'dark'] as const)('writes the %s contact sheet', async (colorScheme) => {
    const html = await sheetHtml();
    await mkdir(OUT, { recursive: true });
    await writeFile(resolve(OUT, 'contact-sheet.html'), html);
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    try {
      await page.emulateMedia({ colorScheme });
      await page.setContent(html);
      // Every cell drew a figure with a visible body, and each picture has its words.
      const cells = page.locator('td.cell svg[role="img"]');
      expect(await cells.count()).toBe(ROWS.length * PHASES.length);
      expect(await page.locator('td.pair svg[role="img"]').count()).toBe(ROWS.length * 2);
      const box = await cells.first().boundingBox();
      expect(box!.width).toBeGreaterThan(150);
      await page.locator('table').screenshot({ path: resolve(OUT, `contact-sheet-${colorScheme}.png`) });
    } finally {
      await page.close();
    }
  });
});
