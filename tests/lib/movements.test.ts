import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseMessagesText, type ParsedMessage } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { fitsABreak, MOVEMENT_IDS, MOVEMENTS, movementsWhere, NEEDS, NEEDS_LABELS, WHERE_LABELS, WHERES, type MovementId } from '../../lib/movements';
import { PER_COUNT, PHASES } from '../../lib/programme';
import { DESK_ROUTINE } from '../../lib/routine';

// Issue 12: the movement library. Every movement has its words (keys that exist in English
// and say something), the dose its source gives, where it can be done, what it needs, and
// the seed article(s) it comes from (shared/docs/content-facts.md).

const english = new Map<string, ParsedMessage>(
  parseMessagesText(readFileSync(resolve(__dirname, '../../locales/en.yml'), 'utf8'), 'YAML').map((m) => [m.key.join('.'), m]),
);
/** The English of a key ('' when there is none). */
function en(key: string): string {
  const m = english.get(key);
  if (!m) return '';
  return m.type === 'plural' ? Object.values(m.plurals).join(' | ') : m.message;
}
/** The key exists in English and says something (more than a word or two). */
function says(key: string): boolean {
  return /\p{L}{2,}/u.test(en(key));
}

const SEEDS = resolve(__dirname, '../../../shared/seeds');
const haveSeeds = existsSync(SEEDS);
if (!haveSeeds) console.warn(`movements: source files not checked, no seed articles at ${SEEDS} (needs shared/ beside the repository, as in CI)`);

/** The numbers each new movement's dose must state, from the content facts' "dose in the source". */
const DOSE_NUMBERS: Partial<Record<MovementId, string[]>> = {
  'cat-camel': ['6', '8', '3', '4', '15'],
  'rock-back': ['10', '15', '5', '6'],
  'chest-expansion': ['5'],
  'external-rotation': ['1', '2', '15', '20', '3', '4'],
  'band-rows': ['3', '12', '15'],
  'thread-the-needle': ['30'],
  'diaphragmatic-breathing': ['3', '10'],
  'lying-rotation': ['2', '10'],
  'prone-scapular-setting': ['5', '3', '15'],
  'foam-roller-extensions': ['2', '3', '15'],
  'quadruped-rotation': ['3', '10'],
  'ytw-raises': ['2', '10'],
  'dead-bugs': ['3', '10'],
  'bird-dog': ['3', '10'],
};
/** The desk routine's three: their full library dose, as the source gives it. */
const DESK_DOSE_NUMBERS: Partial<Record<MovementId, string[]>> = {
  'wall-angels': ['2', '10', '15'],
  'shoulder-squeezes': ['5', '3', '15'],
  'seated-twist': ['8', '10'],
};
/** Doses given per side or per direction. */
const WITH_SIDES: MovementId[] = ['seated-twist', 'rock-back', 'thread-the-needle', 'lying-rotation', 'quadruped-rotation', 'dead-bugs', 'bird-dog'];

function numbersIn(text: string): string[] {
  return text.match(/\d+/g) ?? [];
}

describe.each(MOVEMENT_IDS.map((id) => [id] as const))('%s', (id) => {
  const m = MOVEMENTS[id];

  it('is in the library under its own id', () => {
    expect(m).toBeDefined();
    expect(m.id).toBe(id);
  });

  it('has a title, 2–4 cues and a dose, each saying something in English', () => {
    expect(m.cues.length).toBeGreaterThanOrEqual(2);
    expect(m.cues.length).toBeLessThanOrEqual(4);
    expect(new Set(m.cues).size).toBe(m.cues.length);
    const silent = [m.title, ...m.cues, m.dose].filter((k) => !says(k));
    expect(silent, 'keys missing from locales/en.yml or empty').toEqual([]);
  });

  it('comes from at least one seed article, named by its file', () => {
    expect(m.sources.length).toBeGreaterThan(0);
    for (const source of m.sources) expect(source).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
  });

  it.skipIf(!haveSeeds)('names seed files that exist in shared/seeds', () => {
    expect(m.sources.filter((s) => !existsSync(resolve(SEEDS, s)))).toEqual([]);
  });

  it('says where it can be done and what it needs', () => {
    expect(m.where.length).toBeGreaterThan(0);
    for (const w of m.where) expect(WHERES).toContain(w);
    expect(new Set(m.where).size).toBe(m.where.length);
    expect(NEEDS).toContain(m.needs);
  });

  it('says how to get down to the floor and up again, where it can be done on the floor', () => {
    if (m.where.includes('floor')) {
      expect(m.floorSafety).toBeDefined();
      expect(says(m.floorSafety!)).toBe(true);
    } else {
      expect(m.floorSafety).toBeUndefined();
    }
  });

  it('states the source dose’s numbers', () => {
    const want = DOSE_NUMBERS[id] ?? DESK_DOSE_NUMBERS[id];
    expect(want, 'a row in the table of expected numbers').toBeDefined();
    const have = numbersIn(en(m.dose));
    expect(want!.filter((n) => !have.includes(n)), `"${en(m.dose)}" lacks`).toEqual([]);
  });

  it('has sides exactly where its dose is per side or per direction', () => {
    expect(m.sides).toBe(WITH_SIDES.includes(id));
    expect(/each (side|direction)/.test(en(m.dose))).toBe(m.sides);
  });
});

describe('movements done in positions', () => {
  it('name each position by one of its own cues, as many as the programme counts', () => {
    for (const phase of PHASES) {
      for (const ex of phase.exercises) {
        const positions = MOVEMENTS[ex.movement].positions;
        expect(positions !== undefined, ex.movement).toBe(ex.per === 'position');
        if (!positions) continue;
        expect(positions).toHaveLength(PER_COUNT.position);
        expect(positions.every((c) => MOVEMENTS[ex.movement].cues.includes(c))).toBe(true);
        expect(/per position/.test(en(MOVEMENTS[ex.movement].dose))).toBe(true);
      }
    }
  });
});

describe('the library as a whole', () => {
  it('holds every movement id and nothing else', () => {
    expect(Object.keys(MOVEMENTS).sort()).toEqual([...MOVEMENT_IDS].sort());
  });

  it('gives the desk routine’s three the routine’s own name and cues, but the source’s full dose', () => {
    for (const step of DESK_ROUTINE.steps) {
      const m = MOVEMENTS[step.id];
      expect(m.title).toBe(step.title);
      expect(m.cues).toEqual(step.cues);
      expect(m.dose).not.toBe(step.dose);
      expect(m.sources).toContain(step.source);
      expect(m.sides).toBe(step.sides);
    }
  });

  it('puts the desk routine’s three where the facts say', () => {
    expect(MOVEMENTS['wall-angels'].where).toEqual(['wall']);
    expect([...MOVEMENTS['shoulder-squeezes'].where].sort()).toEqual(['chair', 'standing']);
    expect(MOVEMENTS['seated-twist'].where).toEqual(['chair']);
  });

  it('needs a band for the band movements and a foam roller for the roller, nothing else for the rest', () => {
    const needing = (n: string) => MOVEMENT_IDS.filter((id) => MOVEMENTS[id].needs === n);
    expect(needing('band')).toEqual(['external-rotation', 'band-rows']);
    expect(needing('foamRoller')).toEqual(['foam-roller-extensions']);
  });

  it('has a name for every place and every kind of equipment (the filters)', () => {
    expect(Object.keys(WHERE_LABELS).sort()).toEqual([...WHERES].sort());
    expect(Object.keys(NEEDS_LABELS).sort()).toEqual([...NEEDS].sort());
    const silent = [...Object.values(WHERE_LABELS), ...Object.values(NEEDS_LABELS)].filter((k) => !says(k));
    expect(silent).toEqual([]);
  });
});

describe('movementsWhere', () => {
  const ids = (filter: Parameters<typeof movementsWhere>[0]) => movementsWhere(filter).map((m) => m.id);

  it('without a filter, gives every movement in library order', () => {
    expect(ids({})).toEqual([...MOVEMENT_IDS]);
  });

  it('by place', () => {
    expect(ids({ where: 'wall' })).toEqual(['wall-angels']);
    expect(ids({ where: 'chair' })).toEqual(['shoulder-squeezes', 'seated-twist', 'external-rotation']);
    expect(ids({ where: 'standing' })).toEqual(['shoulder-squeezes', 'external-rotation', 'band-rows']);
    expect(ids({ where: 'doorFrame' })).toEqual(['chest-expansion']);
    expect(ids({ where: 'countertop' })).toEqual(['cat-camel', 'rock-back']);
    expect(ids({ where: 'floor' })).toHaveLength(11);
    expect(ids({ where: 'floor' })).toContain('cat-camel');
  });

  it('by equipment', () => {
    expect(ids({ needs: 'band' })).toEqual(['external-rotation', 'band-rows']);
    expect(ids({ needs: 'foamRoller' })).toEqual(['foam-roller-extensions']);
    expect(ids({ needs: 'nothing' })).toHaveLength(14);
  });

  it('by both', () => {
    expect(ids({ where: 'standing', needs: 'band' })).toEqual(['external-rotation', 'band-rows']);
    expect(ids({ where: 'chair', needs: 'nothing' })).toEqual(['shoulder-squeezes', 'seated-twist']);
    expect(ids({ where: 'wall', needs: 'band' })).toEqual([]);
  });

  it('gives each place’s movements once, and every movement under some place', () => {
    const all = WHERES.flatMap((w) => ids({ where: w }));
    expect(new Set(all)).toEqual(new Set(MOVEMENT_IDS));
    for (const w of WHERES) expect(new Set(ids({ where: w })).size).toBe(ids({ where: w }).length);
  });
});

describe('fitsABreak', () => {
  it('keeps floor-only movements out unless the floor is allowed', () => {
    expect(fitsABreak(MOVEMENTS['dead-bugs'], { floorAllowed: false })).toBe(false);
    expect(fitsABreak(MOVEMENTS['dead-bugs'], { floorAllowed: true })).toBe(true);
  });

  it('lets in a movement that can also be done off the floor', () => {
    expect(fitsABreak(MOVEMENTS['cat-camel'], { floorAllowed: false })).toBe(true);
    expect(fitsABreak(MOVEMENTS['wall-angels'], { floorAllowed: false })).toBe(true);
  });

  it('without the floor, leaves the desk three, the upright five and nothing lying down', () => {
    const fit = MOVEMENT_IDS.filter((id) => fitsABreak(MOVEMENTS[id], { floorAllowed: false }));
    expect(fit).toEqual(['wall-angels', 'shoulder-squeezes', 'seated-twist', 'cat-camel', 'rock-back', 'chest-expansion', 'external-rotation', 'band-rows']);
    expect(MOVEMENT_IDS.filter((id) => fitsABreak(MOVEMENTS[id], { floorAllowed: true }))).toEqual([...MOVEMENT_IDS]);
  });
});
