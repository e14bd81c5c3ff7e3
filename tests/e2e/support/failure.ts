import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';

/** Where a failing real-browser test leaves a screenshot of every page it had open. */
export const FAILURE_DIR = resolve('test-results/failures');

/** Anything that can take a PNG of itself: a Playwright page or a Puppeteer page. */
export interface Shootable {
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  url(): string;
}

/** Blank tabs and the manifest page the harness reads storage from show nothing a user sees. */
const UNINTERESTING = /^about:blank$|\/manifest\.json$/;

function slug(text: string): string {
  return text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 80);
}

/**
 * After a failed test, screenshots every page `pages()` returns and adds their paths to
 * the failure, so the report says what was expected, what was seen and where to look.
 */
export function screenshotOnFailure(pages: () => readonly Shootable[] | Promise<readonly Shootable[]>): void {
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    await mkdir(FAILURE_DIR, { recursive: true });
    const shots: string[] = [];
    const worth = (await pages()).filter((p) => !UNINTERESTING.test(p.url()));
    for (const [i, page] of worth.entries()) {
      const path = join(FAILURE_DIR, `${slug(task.name)}-${i}.png`);
      try {
        await page.screenshot({ path, fullPage: true });
        shots.push(`${path} (${page.url()})`);
      } catch {
        // a page closed by the test itself or a browser already gone: nothing to show
      }
    }
    const note = shots.length ? `screenshots:\n  ${shots.join('\n  ')}` : 'screenshots: none (no page was open)';
    console.error(`[${task.name}] ${note}`);
    for (const error of task.result.errors ?? []) error.message = `${error.message}\n${note}`;
  });
}
