import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/adapters/i18n';
import type { MessageKey } from '../../lib/i18n';
import { SETTING_NAMES } from '../../lib/settings-fields';
import { nameOf, SETTING_WORDS } from '../../lib/settings-words';

const ROOT = resolve(__dirname, '../..');

/** The local modules a source file imports as values (type-only imports vanish from the build). */
function valueImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specs = [...code.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\bfrom\s*)?'(\.{1,2}\/[^']+)'/gm)].map((m) => m[1]);
  return specs.map((spec) => {
    const base = resolve(dirname(file), spec);
    return ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f) && !f.endsWith('/')) ?? base;
  });
}

/** Every module a page or the worker loads up front, following static imports from its entry. */
function loadedFrom(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [resolve(ROOT, entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    stack.push(...valueImports(file));
  }
  return [...seen].map((f) => relative(ROOT, f));
}

describe('the words stay out of the popup and the worker', () => {
  // They read and write settings too; a module they import lands in the chunk they load.
  it.each(['entrypoints/popup/main.tsx', 'entrypoints/break/main.tsx', 'entrypoints/background.ts'])('%s loads no settings words', (entry) => {
    const loaded = loadedFrom(entry);
    expect(loaded.length).toBeGreaterThan(10); // the walk reached the page's modules
    expect(loaded).not.toContain('lib/settings-words.ts');
    expect(loaded).not.toContain('lib/settings.ts');
  });

  it('the options page does load them, and the worker the parser (the walk finds what it should)', () => {
    expect(loadedFrom('entrypoints/options/main.tsx')).toContain('lib/settings-words.ts');
    expect(loadedFrom('entrypoints/background.ts')).toContain('lib/settings-parse.ts');
  });

  it('the popup loads no parser at all: the worker sends it the status (issue 13)', () => {
    const loaded = loadedFrom('entrypoints/popup/main.tsx');
    for (const parser of ['lib/settings-parse.ts', 'lib/schedule-state.ts', 'lib/schedule-advance.ts', 'lib/versioned.ts']) {
      expect(loaded).not.toContain(parser);
    }
  });
});

describe('the words', () => {
  it('give every control its own label, since tests and screen readers find a control by it', () => {
    const labels = SETTING_NAMES.flatMap((name) => {
      const words: { label: MessageKey; amountLabel?: MessageKey; options?: Record<string, MessageKey> } = SETTING_WORDS[name];
      return [words.label, words.amountLabel ?? [], Object.values(words.options ?? {})].flat().map((key) => t(key));
    });
    expect(labels.every((label) => label !== '')).toBe(true); // every key is in locales/en.yml
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each(SETTING_NAMES)('name %s in messages without a unit in parentheses', (name) => {
    expect(t(nameOf(name))).not.toMatch(/\(/);
    expect(t(SETTING_WORDS[name].label).startsWith(t(nameOf(name)))).toBe(true);
  });
});
