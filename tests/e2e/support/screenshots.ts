import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Where the real-browser run leaves a picture of each screen users see (named in the README). */
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/** The path for one screen's picture, creating the folder on first use. */
export async function screenshotPath(name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}
