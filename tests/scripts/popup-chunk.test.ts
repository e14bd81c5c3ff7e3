import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { popupSharedChunk, popupSharedChunkPlugin } from '../../scripts/popup-chunk';

let root: string;
const page = (name: string, file = 'main.tsx') => join(root, 'entrypoints', name, file);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'midbreak-chunks-'));
  for (const name of ['popup', 'break', 'options', 'welcome']) {
    mkdirSync(join(root, 'entrypoints', name), { recursive: true });
    writeFileSync(page(name), '');
  }
  writeFileSync(join(root, 'entrypoints', 'background.ts'), '');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A module graph as the bundler reports it: each id and what it imports statically. */
function graph(edges: Record<string, string[]>) {
  return { getModuleInfo: (id: string) => (id in edges ? { importedIds: edges[id] } : null) };
}

describe('popupSharedChunk', () => {
  it('groups what the popup loads up front and another page loads too; leaves the rest to the bundler', () => {
    const g = graph({
      [page('popup', 'index.html')]: [page('popup'), 'virtual:plugins'],
      [page('popup')]: ['app', 'settings'],
      app: ['status', 'safety'],
      status: [],
      safety: [],
      settings: ['storage'],
      storage: [],
      [page('break')]: ['app', 'settings'],
      [page('options', 'index.html')]: [page('options'), 'virtual:plugins'],
      [page('options')]: ['settings', 'words'],
      words: [],
      [page('welcome')]: ['safety', 'words'],
      'virtual:plugins': [],
      lazy: ['storage'],
    });
    const name = popupSharedChunk(root);
    const chunkOf = Object.fromEntries(['settings', 'storage', 'safety', 'virtual:plugins', 'app', 'status', 'words', 'lazy'].map((id) => [id, name(id, g)]));
    expect(chunkOf).toEqual({
      settings: 'popup-shared',
      storage: 'popup-shared',
      safety: 'popup-shared', // the welcome page's
      'virtual:plugins': 'popup-shared', // loaded by every page's HTML
      app: null, // the popup's and the break window's own
      status: null,
      words: null, // never in the popup
      lazy: null,
    });
  });

  it('names nothing in a build without the popup (the service worker)', () => {
    const name = popupSharedChunk(root);
    const g = graph({ [join(root, 'entrypoints', 'background.ts')]: ['settings'], settings: [] });
    expect(name('settings', g)).toBeNull();
  });
});

describe('popupSharedChunkPlugin', () => {
  const outputOptions = (options: object) => {
    const hook = popupSharedChunkPlugin(root).outputOptions as (this: unknown, o: object) => unknown;
    return hook.call({}, options) as { codeSplitting?: { groups?: { debugName?: string }[] } } | null;
  };

  it('adds the group to the pages’ build (ES modules)', () => {
    expect(outputOptions({ format: 'es' })?.codeSplitting?.groups?.map((g) => g.debugName)).toEqual(['popup-shared']);
  });

  it('leaves the worker’s one-file build alone (IIFE cannot be split)', () => {
    expect(outputOptions({ format: 'iife' })).toBeNull();
  });
});
