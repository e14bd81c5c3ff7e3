import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { popupChunk, staticClosure } from '../../scripts/popup-chunk';

const root = '/project';
const page = (file: string) => join(root, 'entrypoints', 'popup', file);

/** A module graph as the bundler reports it: each id and what it imports statically. */
function graph(edges: Record<string, string[]>) {
  return { getModuleInfo: (id: string) => (id in edges ? { importedIds: edges[id] } : null) };
}

const g = graph({
  [page('index.html')]: [page('main.tsx'), 'virtual:plugins'],
  [page('main.tsx')]: ['app', 'preact'],
  app: ['status', 'preact'],
  status: ['time'],
  time: [],
  preact: [],
  'virtual:plugins': [],
  // A view loaded on demand: its own module, and what it shares with the first load.
  player: ['figures', 'preact', 'time'],
  figures: [],
});

describe('popupChunk', () => {
  it('puts everything the popup loads up front in one chunk, shared modules included', () => {
    const name = popupChunk(root);
    const chunkOf = Object.fromEntries(['virtual:plugins', page('main.tsx'), 'app', 'status', 'time', 'preact'].map((id) => [id, name(id, g)]));
    expect(Object.values(chunkOf)).toEqual(Array(6).fill('popup'));
  });

  it('leaves what only the lazily loaded views use to the bundler', () => {
    const name = popupChunk(root);
    expect(name('player', g)).toBeNull();
    expect(name('figures', g)).toBeNull();
  });
});

describe('staticClosure', () => {
  it('follows static imports from every entry, each module once, and skips what is not in the build', () => {
    expect([...staticClosure(['app', 'missing'], g)].sort()).toEqual(['app', 'preact', 'status', 'time']);
  });
});
