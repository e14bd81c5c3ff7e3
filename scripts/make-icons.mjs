// Renders public/icon.svg to the PNG sizes Chrome and Firefox ask for, using Debian's
// Chromium through playwright-core. The PNGs are committed; run this only when the SVG changes:
//   node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 96, 128]) {
  await page.setContent(`<div id="i" style="width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div>`);
  await page.locator('#i').screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
