import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sayPhrase } from '../../lib/adapters/phrases';
import { saveSettings } from '../../lib/adapters/settings-write';
import { validateSettings, type Settings } from '../../lib/settings';
import { settingsOfKind } from '../../lib/settings-fields';
import { parseNumberField } from '../../lib/settings-form';
import { createSettingsStore } from '../../lib/stores/settings-store';
import { anySettingsLike, settingsArb } from './support/settings-arbitraries';
import { storedSettings } from './support/storage';


/** Text a person (or a cat on the keyboard) might type into a number field. */
const typed = fc.oneof(
  fc.string(),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double().map(String),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-0', '1e3', '0x1f', '45.', '.5', '4 5', '٤٥', '45abc', '9'.repeat(30)),
);
const fieldArb = fc.constantFrom(...settingsOfKind('whole'));

/** Time text for a range end: mostly well-formed, sometimes not. */
const hm = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 26 }), fc.integer({ min: 0, max: 62 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.string({ maxLength: 6 }),
);

beforeEach(() => fakeBrowser.reset());

describe('nothing invalid is ever stored', () => {
  it('saveSettings stores only valid settings, and on refusal storage keeps what it had', async () => {
    await fc.assert(
      fc.asyncProperty(settingsArb, anySettingsLike, async (start, attempt) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.sync.set({ settings: start });
        const accepted = await saveSettings(attempt as Settings).then(
          () => true,
          () => false,
        );
        const after = await storedSettings();
        expect(validateSettings(after)).toEqual({});
        // Extension storage serializes values like JSON, which has no -0 (a valid "off"
        // heads-up the generator can produce): compare with the attempt as stored.
        expect(after).toEqual(accepted ? JSON.parse(JSON.stringify(attempt)) : start);
      }),
      { numRuns: 300 },
    );
  });

  it('typing anything into a number field stores a valid value or leaves storage alone', async () => {
    await fc.assert(
      fc.asyncProperty(settingsArb, fc.array(fc.tuple(fieldArb, typed), { minLength: 1, maxLength: 5 }), async (start, edits) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.sync.set({ settings: start });
        const store = createSettingsStore({ download: () => {} });
        await store.ready;
        let expected = start;
        for (const [field, text] of edits) {
          const ok = await store.setNumber(field, text);
          const parsed = parseNumberField(field, text);
          expect(ok).toBe(parsed.ok);
          if (parsed.ok) expected = { ...expected, [field]: parsed.value };
          else expect(store.errors.value[field]).toBe(sayPhrase(parsed.error));
          const after = await storedSettings();
          expect(validateSettings(after)).toEqual({});
          expect(after).toEqual(expected);
        }
        store.dispose();
      }),
      { numRuns: 150 },
    );
  });

  it('editing working-hour ranges stores valid hours or leaves storage alone', async () => {
    await fc.assert(
      fc.asyncProperty(
        settingsArb,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom<'start' | 'end'>('start', 'end'), hm), { maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 4 }),
        async (start, edits, adds) => {
          fakeBrowser.reset();
          await fakeBrowser.storage.sync.set({ settings: { ...start, workingHours: { ...start.workingHours, enabled: true } } });
          const store = createSettingsStore({ download: () => {} });
          await store.ready;
          for (const day of adds) await store.addRange(day);
          for (const [day, end, text] of edits) {
            if (store.hoursDraft.value.days[day].length === 0) continue;
            store.editRange(day, 0, end, text);
            const before = await storedSettings();
            const ok = await store.commitHours();
            const after = await storedSettings();
            expect(validateSettings(after)).toEqual({});
            if (!ok) expect(after).toEqual(before);
          }
          store.dispose();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('importing any JSON-shaped value stores only valid data', async () => {
    await fc.assert(
      fc.asyncProperty(settingsArb, fc.oneof(fc.jsonValue(), anySettingsLike.map((s) => ({ format: 'midbreak-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', settings: s, history: [] }))), async (start, file) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.sync.set({ settings: start });
        const store = createSettingsStore({ download: () => {} });
        await store.ready;
        let text: string;
        try {
          text = JSON.stringify(file) ?? 'undefined';
        } catch {
          text = 'not json';
        }
        const ok = await store.importBackup(text);
        const after = await storedSettings();
        expect(validateSettings(after)).toEqual({});
        if (!ok) expect(after).toEqual(start);
        store.dispose();
      }),
      { numRuns: 200 },
    );
  });
});
