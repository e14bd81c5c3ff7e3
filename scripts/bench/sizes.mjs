// What each page and the service worker load, raw and gzipped, read from a built extension.
// A page's first load is its HTML file itself (which may inline style sheets and a
// pre-rendered first view) and the scripts, module preloads and style sheets it names,
// plus every chunk those reach through static imports (and CSS @import): what the browser
// fetches before the page can run. Dynamic import() chunks load later and are left out;
// a module preload naming one would fetch it up front for nothing, so it is reported.
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

/** The local files an HTML document names in <link rel=modulepreload href>. */
export function modulePreloads(html) {
  const found = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = tag.match(ATTR('rel'))?.[1]?.toLowerCase() ?? '';
    const href = tag.match(ATTR('href'))?.[1];
    if (href && /\bmodulepreload\b/.test(rel) && !/^[a-z][a-z0-9+.-]*:/i.test(href)) found.push(href);
  }
  return found;
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

const NO_BYTES = { raw: 0, gzip: 0 };

/** One page: its HTML's own size, the files it names and their imports, what they add up to, and its stray module preloads. */
function measurePage(root, name, html) {
  const htmlPath = join(root, html);
  if (!existsSync(htmlPath)) {
    const nothing = { htmlSize: NO_BYTES, fetches: 0, firstLoad: NO_BYTES, lazyPreloads: [] };
    return { name, html, missing: true, ...summarize(root, []), ...nothing };
  }
  const text = readFileSync(htmlPath, 'utf8');
  const local = (urls) => urls.map((u) => resolveAsset(root, htmlPath, u));
  const entries = local(htmlAssets(text));
  const preloads = local(modulePreloads(text));
  // What the page's scripts and style sheets import statically; a preload outside it is
  // a chunk only a dynamic import() (or nothing) asks for.
  const needed = new Set(closure(root, entries.filter((file) => !preloads.includes(file))));
  const htmlSize = fileSize(htmlPath);
  const summary = summarize(root, closure(root, entries));
  return {
    name,
    html,
    missing: false,
    htmlSize,
    ...summary,
    fetches: 1 + summary.files.length,
    firstLoad: { raw: htmlSize.raw + summary.total.raw, gzip: htmlSize.gzip + summary.total.gzip },
    lazyPreloads: preloads.filter((file) => !needed.has(file)).map((file) => relative(root, file)),
  };
}

/**
 * Sizes of each page and of the service worker in the built extension at `root`
 * (.output/chrome-mv3). Gzipped totals are sums of each file gzipped on its own. A page's
 * `total` is its JS and CSS; its `firstLoad` adds its HTML (for the worker the two are equal).
 */
export function measureSizes(buildDir) {
  const root = resolve(buildDir);
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const pages = PAGES.map(({ name, html }) => measurePage(root, name, html));
  const workerFile = manifest.background?.service_worker;
  const summary = summarize(root, workerFile ? closure(root, [join(root, workerFile)]) : []);
  const worker = {
    name: 'service worker',
    html: workerFile ?? '',
    missing: !workerFile,
    htmlSize: NO_BYTES,
    ...summary,
    fetches: summary.files.length,
    firstLoad: summary.total,
    lazyPreloads: [],
  };
  return { pages, worker };
}
