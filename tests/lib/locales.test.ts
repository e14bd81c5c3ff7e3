import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

// Issue 15: every language has every key, the same placeholders, the same plural forms,
// and the same numbers: a dose, a hold, a score or a limit may never change in translation.

const LANGUAGES = ['en', 'de', 'es'] as const;
type Language = (typeof LANGUAGES)[number];

function load(lang: Language): Map<string, ParsedMessage> {
  const text = readFileSync(resolve(__dirname, `../../locales/${lang}.yml`), 'utf8');
  return new Map(parseMessagesText(text, 'YAML').map((m) => [m.key.join('.'), m]));
}
const locales = Object.fromEntries(LANGUAGES.map((l) => [l, load(l)])) as Record<Language, Map<string, ParsedMessage>>;
const english = locales.en;

/** Every text of a message: its one text, or each plural form. */
function textsOf(m: ParsedMessage): string[] {
  if (m.type === 'plural') return Object.values(m.plurals);
  return [m.message];
}

/** The numbers a text states, in order of size (word order may move them). */
function numbersIn(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.')).sort();
}

/** The `{named}` placeholders a text uses. */
function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]))].sort();
}

describe('the locale files', () => {
  it('English has words (a file that failed to parse would have none)', () => {
    expect(english.size).toBeGreaterThan(50);
  });

  it.each(['de', 'es'] as const)('%s has exactly the keys English has', (lang) => {
    const theirs = locales[lang];
    expect([...english.keys()].filter((k) => !theirs.has(k)), `missing in ${lang}`).toEqual([]);
    expect([...theirs.keys()].filter((k) => !english.has(k)), `only in ${lang}`).toEqual([]);
  });

  it.each(['en', 'de', 'es'] as const)('%s has no empty message', (lang) => {
    const empty = [...locales[lang]].filter(([, m]) => textsOf(m).some((t) => t.trim() === '')).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  describe.each(['de', 'es'] as const)('%s against English', (lang) => {
    const pairs = [...english].filter(([k]) => locales[lang].has(k)).map(([k, m]) => [k, m, locales[lang].get(k)!] as const);

    it('uses the same kind of message (plural where English is plural) with the same forms', () => {
      const wrong = pairs
        .filter(([, en, other]) => en.type !== other.type || (en.type === 'plural' && other.type === 'plural' && Object.keys(en.plurals).join() !== Object.keys(other.plurals).join()))
        .map(([k]) => k);
      expect(wrong).toEqual([]);
    });

    it('uses the same placeholders in every form', () => {
      const wrong = pairs
        .filter(([, en, other]) => {
          const want = placeholdersIn(textsOf(en).join(' '));
          return textsOf(other).some((t, i) => placeholdersIn(t).join() !== placeholdersIn(textsOf(en)[i] ?? textsOf(en)[0]).join()) || placeholdersIn(textsOf(other).join(' ')).join() !== want.join();
        })
        .map(([k, en, other]) => `${k}: ${textsOf(en).join(' | ')} ⇄ ${textsOf(other).join(' | ')}`);
      expect(wrong).toEqual([]);
    });

    it('states the same numbers (doses, holds, scores, limits) in every form', () => {
      const wrong = pairs
        .filter(([, en, other]) => textsOf(other).some((t, i) => numbersIn(t).join() !== numbersIn(textsOf(en)[i] ?? textsOf(en)[0]).join()))
        .map(([k, en, other]) => `${k}: ${textsOf(en).join(' | ')} ⇄ ${textsOf(other).join(' | ')}`);
      expect(wrong).toEqual([]);
    });
  });
});

describe('the checks themselves', () => {
  it.each([
    ['10 slow reps, hold 2 s', '10 langsame Wiederholungen, 2 s halten', true],
    ['10 slow reps', '12 langsame Wiederholungen', false],
    ['Hold 30 s each side', 'Mantén 30 s a cada lado', true],
    ['1.5 m', '1,5 m', true],
  ])('numbers of "%s" and "%s" agree: %s', (a, b, same) => {
    expect(numbersIn(a).join() === numbersIn(b).join()).toBe(same);
  });

  it('finds named placeholders', () => {
    expect(placeholdersIn('Snooze {n} min, {n} left of {total}')).toEqual(['n', 'total']);
  });
});
