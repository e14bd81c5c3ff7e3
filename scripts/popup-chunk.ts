import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

// How the pages' shared code is cut into chunks. Left to itself, the bundler gives every
// set of pages that share modules a chunk of its own; each new page that shares a different
// subset of the popup's code (the welcome page shares the settings and the safety note, not
// the schedule) cuts the popup's first load into more files, and each file costs the popup
// its imports and exports, about 0.1–0.3 KB gzipped (measured: +0.65 KB for the welcome page
// and the options page's "Try it now", with not a line of the popup changed). Here every
// module that the popup loads up front AND another page loads too goes into one chunk, so
// the popup loads its own code and that one chunk however many pages there are. Another
// page may then load a little of the popup's code it does not use (the welcome page: the
// schedule's time model, ~2 KB); those pages have no size budget, the popup has.

/** A page's entry module: its HTML (which also loads WXT's small virtual module), else its main.tsx. */
const pageEntry = (root: string, page: string) => resolve(root, 'entrypoints', page, 'main.tsx');
const pageHtml = (root: string, page: string) => resolve(root, 'entrypoints', page, 'index.html');

/** Every HTML page with a main.tsx, apart from the popup and the break window (which loads what the popup loads). */
function otherPages(root: string): string[] {
  return readdirSync(resolve(root, 'entrypoints'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !['popup', 'break'].includes(d.name) && existsSync(pageEntry(root, d.name)))
    .map((d) => pageEntry(root, d.name));
}

interface Graph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Every module `entry` loads through static imports, itself included (empty when it is not in this build). */
function staticClosure(entry: string, graph: Graph): Set<string> {
  const seen = new Set<string>();
  const stack = [entry, entry.replace(/main\.tsx$/, 'index.html')];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    const info = graph.getModuleInfo(id);
    if (!info) continue;
    seen.add(id);
    stack.push(...info.importedIds);
  }
  return seen;
}

/**
 * A chunk-naming function for rolldown's `output.codeSplitting.groups`: "popup-shared" for a
 * module both the popup and another page load up front, null (the bundler's own choice)
 * for anything else. The worker's build has no popup in its graph and gets null throughout.
 */
export function popupSharedChunk(root: string): (id: string, graph: Graph) => string | null {
  let shared: Set<string> | null = null;
  return (id, graph) => {
    if (!shared) {
      const popup = staticClosure(pageEntry(root, 'popup'), graph);
      const others = new Set(otherPages(root).flatMap((entry) => [...staticClosure(entry, graph)]));
      shared = new Set([...popup].filter((m) => others.has(m)));
    }
    return shared.has(id) ? 'popup-shared' : null;
  };
}

/**
 * Applies `popupSharedChunk` to the pages' build. The worker is built on its own as one
 * IIFE file, which the bundler may not split (it warns about the option), so that build is
 * left as it was. A fresh naming function per build, since each reads its own module graph.
 */
export function popupSharedChunkPlugin(root: string): Plugin {
  return {
    name: 'midbreak:popup-shared-chunk',
    outputOptions(options) {
      if (options.format === 'iife' || options.format === 'umd') return null;
      const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
      return {
        ...options,
        codeSplitting: { ...splitting, groups: [{ name: popupSharedChunk(root), debugName: 'popup-shared' }, ...(splitting.groups ?? [])] },
      };
    },
  };
}
