// What each page and the service worker load, raw and gzipped, read from a built extension.
// A page's files are the scripts, module preloads and style sheets its HTML names, plus
// every chunk those reach through static imports (and CSS @import): what the browser
// fetches before the page can run. Dynamic import() chunks load later and are left out.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The pages the issue names, by their built HTML file. */
export const PAGES = [
  { name: 'popup', html: 'popup.html' },
  { name: 'break window', html: 'break.html' },
  { name: 'options', html: 'options.html' },
  { name: 'progress', html: 'progress.html' },
];

const ATTR = (name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i');

/** The local files an HTML document loads up front: <script src>, <link rel=modulepreload|stylesheet href>. */
export function htmlAssets(html) {
  const found = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = tag.match(ATTR('src'))?.[1];
    if (src) found.push(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = tag.match(ATTR('rel'))?.[1]?.toLowerCase() ?? '';
    const href = tag.match(ATTR('href'))?.[1];
    if (href && /\b(modulepreload|stylesheet)\b/.test(rel)) found.push(href);
  }
  return found.filter((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url)); // local files only
}

/** Relative specifiers a JS chunk imports statically (`import … from "x"`, `import "x"`, `export … from "x"`). */
export function jsImports(code) {
  const specs = [];
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*${}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)) {
    specs.push(m[1]);
  }
  return specs;
}

/** Relative specifiers a style sheet pulls in with @import. */
export function cssImports(code) {
  return [...code.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)].map((m) => m[1]).filter((u) => !/^[a-z]+:/i.test(u));
}

function resolveAsset(root, fromFile, spec) {
  const clean = spec.split(/[?#]/)[0];
  return clean.startsWith('/') ? resolve(root, `.${clean}`) : resolve(dirname(fromFile), clean);
}

/** Every file reachable from `entries` (absolute paths) through static imports, each once. */
export function closure(root, entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const specs = file.endsWith('.css') ? cssImports(code) : file.endsWith('.js') ? jsImports(code) : [];
    for (const spec of specs) stack.push(resolveAsset(root, file, spec));
  }
  return [...seen].sort();
}

/** Raw and gzipped (level 9) bytes of one file. */
export function fileSize(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function summarize(root, files) {
  const sum = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  const list = files.map((file) => {
    const size = fileSize(file);
    const kind = file.endsWith('.css') ? 'css' : 'js';
    sum[kind].raw += size.raw;
    sum[kind].gzip += size.gzip;
    return { file: relative(root, file), ...size };
  });
  return {
    files: list,
    js: sum.js,
    css: sum.css,
    total: { raw: sum.js.raw + sum.css.raw, gzip: sum.js.gzip + sum.css.gzip },
  };
}

/**
 * Sizes of each page and of the service worker in the built extension at `root`
 * (.output/chrome-mv3). Gzipped totals are sums of each file gzipped on its own.
 */
export function measureSizes(buildDir) {
  const root = resolve(buildDir);
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const pages = PAGES.map(({ name, html }) => {
    const htmlPath = join(root, html);
    if (!existsSync(htmlPath)) return { name, html, missing: true, ...summarize(root, []) };
    const entries = htmlAssets(readFileSync(htmlPath, 'utf8')).map((u) => resolveAsset(root, htmlPath, u));
    return { name, html, missing: false, ...summarize(root, closure(root, entries)) };
  });
  const workerFile = manifest.background?.service_worker;
  const worker = workerFile
    ? { name: 'service worker', html: workerFile, missing: false, ...summarize(root, closure(root, [join(root, workerFile)])) }
    : { name: 'service worker', html: '', missing: true, ...summarize(root, []) };
  return { pages, worker };
}
