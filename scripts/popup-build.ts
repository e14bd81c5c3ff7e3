import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { runnerImport, type Plugin } from 'vite';
import { popupChunk } from './popup-chunk';

// The popup's own build (wxt.config.ts gives the popup a build group of its own). Its
// first load is the HTML and one script, and the HTML already shows the first view
// (issue 13):
//   - every module the popup loads up front goes into its entry chunk (popup-chunk.ts);
//   - the first view, as App draws it before anything is read (prerender-popup.tsx), is
//     rendered into popup.html, so it paints while the browser parses the HTML; App's
//     first render in the page is the same markup (tests/components/FirstView.test.tsx);
//   - its style sheet is inlined: a linked sheet is one more file before the first paint;
//   - Vite's preloading helper (~0.8 KB gzipped), which only ever gets an empty list here
//     (the lazily loaded views add their own styles, components/style.ts), is replaced by
//     a plain call of the import.
// Each step fails the build, rather than silently stop working, when the bundle no longer
// looks as expected (a dependency update, a view that links a style sheet again), and
// tests/e2e/size.e2e.ts checks the built popup.html and its size.

const ROOT = '<div id="app"></div>';
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/** CSS imports are left out of the prerender: it needs the markup only. */
const noCss: Plugin = {
  name: 'midbreak:prerender-no-css',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0no-css' : null),
  load: (id) => (id === '\0no-css' ? 'export {}' : null),
};

/**
 * The browser the prerender runs in: none. Its words are the user's language, which the
 * build cannot know, so every word is left empty (the script fills them in as it takes the
 * page over; the frame, the card and the button keep their places).
 */
const NO_WORDS = { runtime: { id: 'prerender' }, i18n: { getMessage: () => '' } };

async function firstView(root: string): Promise<string> {
  const global = globalThis as { chrome?: unknown };
  const before = global.chrome;
  const warn = console.warn;
  global.chrome = NO_WORDS;
  // @wxt-dev/i18n warns of every empty message; here every message is empty on purpose.
  console.warn = (...args: unknown[]) => (String(args[0]).startsWith('[i18n]') ? undefined : warn(...args));
  try {
    const { module } = await runnerImport<typeof import('./prerender-popup')>(resolve(root, 'scripts/prerender-popup.tsx'), {
      configFile: false,
      root,
      logLevel: 'error',
      plugins: [noCss, preact()],
      resolve: { alias: { '#i18n': resolve(root, '.wxt/i18n/index.ts') } },
    });
    return module.renderPopupFirstView();
  } finally {
    global.chrome = before;
    console.warn = warn;
  }
}

function fail(message: string): never {
  throw new Error(`popup build: ${message}`);
}

export function popupBuildPlugin(root: string): Plugin {
  const popupHtml = resolve(root, 'entrypoints/popup/index.html');
  let isPopupBuild = false;
  return {
    name: 'midbreak:popup-build',
    apply: 'build',
    enforce: 'pre',
    options(options) {
      const input = options.input;
      isPopupBuild = typeof input === 'object' && !Array.isArray(input) && Object.keys(input).join() === 'popup';
    },
    outputOptions(options) {
      if (!isPopupBuild) return null;
      return { ...options, codeSplitting: { groups: [{ name: popupChunk(root), debugName: 'popup' }] } };
    },
    load(id) {
      if (isPopupBuild && id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();';
    },
    // Vite links the page's script and style sheet as it writes the bundle, then runs the
    // "post" transforms with that bundle at hand: the place to swap the link for the sheet.
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (resolve(ctx.filename) !== popupHtml) return html;
        if (!html.includes(ROOT)) fail(`entrypoints/popup/index.html has no empty ${ROOT} to render into.`);
        html = html.replace(ROOT, `<div id="app">${await firstView(root)}</div>`);
        const bundle = ctx.bundle ?? fail('no bundle to take the style sheet from.');
        const links = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g)];
        if (links.length !== 1) fail(`expected popup.html to link one style sheet, found ${links.length}.`);
        const [tag, file] = links[0];
        const sheet = bundle[file];
        if (!sheet || sheet.type !== 'asset') fail(`${file} is not in the bundle.`);
        delete bundle[file];
        return html.replace(tag, () => `<style>${String(sheet.source).trim()}</style>`);
      },
    },
    generateBundle(_options, bundle) {
      if (!isPopupBuild) return;
      for (const chunk of Object.values(bundle)) {
        // A list of files to preload: a lazily loaded view links a style sheet again, which
        // the plain helper above would not load.
        if (chunk.type === 'chunk' && chunk.code.includes('__vite__mapDeps')) {
          fail(`${chunk.fileName} preloads files; a view loaded on demand must add its styles with components/style.ts.`);
        }
      }
    },
  };
}
