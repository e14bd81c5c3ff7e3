import { resolve } from 'node:path';

// The popup's first load is one script (issue 13). The popup is built on its own, apart
// from the other pages (wxt.config.ts moves it into a build group of its own), so no
// other page shares its modules. Within that build the bundler would still cut the
// modules the lazily loaded views also import (Preact, the time helpers) into chunks of
// their own, which the popup's HTML then loads in a second round of requests. Here every
// module the popup loads up front goes into its entry chunk; the lazy views import what
// they share from it, already loaded and run.

interface Graph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Every module `entry` loads through static imports, itself included (empty when it is not in this build). */
export function staticClosure(entries: readonly string[], graph: Graph): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
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
 * A chunk-naming function for rolldown's `output.codeSplitting.groups`: "popup" for every
 * module the popup's page loads up front (its HTML, which also loads WXT's small virtual
 * module, and its main.tsx), null (the bundler's choice) for the lazily loaded rest.
 */
export function popupChunk(root: string): (id: string, graph: Graph) => string | null {
  let closure: Set<string> | null = null;
  const page = resolve(root, 'entrypoints', 'popup');
  return (id, graph) => {
    closure ??= staticClosure([resolve(page, 'index.html'), resolve(page, 'main.tsx')], graph);
    return closure.has(id) ? 'popup' : null;
  };
}
