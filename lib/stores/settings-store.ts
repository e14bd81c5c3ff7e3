import { messageOf } from '../errors';
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { settingsPersister } from './settings-persist';
import { downloadText } from '../adapters/download';
import { uiLanguage } from '../adapters/i18n';
import { sendRequest } from '../adapters/messaging';
import { sayPhrase } from '../adapters/phrases';
import { readSettings, watchSettings } from '../adapters/settings-item';
import type { Reply, Request } from '../messages';
import { phrase, type Phrase } from '../phrase';
import { defaultSettings, type Settings } from '../settings';
import { SETTING_FIELDS, settingsOfKind, type ChoiceSetting, type FlagSetting, type WholeSetting } from '../settings-fields';
import {
  clockIn,
  draftFromWorkingHours,
  parseHeadsUp,
  parseNumberField,
  parseWorkingHours,
  PRESET,
  savedMessage,
  suggestRange,
  type RangeErrors,
  type WorkingHoursDraft,
} from '../settings-form';
import { tryPromptMessage } from '../try-prompt';
import { weekdaysNineToFive } from '../working-hours';
import { createBackupActions, type BackupActions } from './backup-actions';

/** Fields that can carry an inline error; range errors live in `hoursErrors`. */
export type ErrorKey = WholeSetting | 'headsUpSeconds' | 'import';

/** The last thing that happened, for the page's live region, in the page's language; `id` changes so a repeat is announced again. */
export interface StatusMessage {
  kind: 'saved' | 'error' | 'info';
  text: string;
  id: number;
}

export interface HeadsUpDraft {
  enabled: boolean;
  seconds: string;
}

export interface SettingsStoreDeps {
  clock?: () => number;
  download?: (fileName: string, text: string) => void;
  /** Sends a request to the background ("Try it now"). */
  send?: (request: Request) => Promise<Reply>;
}

export interface SettingsStore extends BackupActions {
  /** False until the stored settings have been read once (what a page renders from). */
  loaded: ReadonlySignal<boolean>;
  /** Resolves when the stored settings have been read, as the other stores' `ready` does. */
  ready: Promise<void>;
  /** What storage holds now (here or written from another device). */
  stored: ReadonlySignal<Settings>;
  /** True while storage holds settings a newer Midbreak wrote: `stored` shows the defaults and every save is refused. */
  newer: ReadonlySignal<boolean>;
  numberDrafts: ReadonlySignal<Record<WholeSetting, string>>;
  headsUpDraft: ReadonlySignal<HeadsUpDraft>;
  hoursDraft: ReadonlySignal<WorkingHoursDraft>;
  /** Each field's message, in the page's language. */
  errors: ReadonlySignal<Partial<Record<ErrorKey, string>>>;
  /** `hoursErrors[day][index]`, parallel to `hoursDraft.days` (the editor says them). */
  hoursErrors: ReadonlySignal<RangeErrors[][]>;
  status: ReadonlySignal<StatusMessage | null>;
  /** Updates a number field's text as it is typed; clears its error once the text is valid. Saves nothing. */
  editNumber(field: WholeSetting, text: string): void;
  /** Validates and saves a number field; an invalid value shows its error and storage keeps what it had. */
  setNumber(field: WholeSetting, text: string): Promise<boolean>;
  editHeadsUp(draft: HeadsUpDraft): void;
  setHeadsUp(draft: HeadsUpDraft): Promise<boolean>;
  setChoice<N extends ChoiceSetting>(field: N, value: Settings[N]): Promise<boolean>;
  setFlag(flag: FlagSetting, on: boolean): Promise<boolean>;
  /** Says something in the page's status line (the editor of your own routines shares it). */
  say(kind: StatusMessage['kind'], what: Phrase): void;
  setHoursEnabled(on: boolean): Promise<boolean>;
  /** Updates one end of a range as it is typed. Saves nothing. */
  editRange(day: number, index: number, end: 'start' | 'end', text: string): void;
  /** Validates the whole working-hours editor and saves it when every range is valid. */
  commitHours(): Promise<boolean>;
  addRange(day: number): Promise<boolean>;
  removeRange(day: number, index: number): Promise<boolean>;
  applyWeekdayPreset(): Promise<boolean>;
  resetToDefaults(): Promise<boolean>;
  /** Asks the background for a sample prompt and the break window (the schedule untouched) and says what happened. */
  tryPrompt(): Promise<boolean>;
  dispose(): void;
}

const NUMBER_FIELDS = settingsOfKind('whole');

function numberTexts(s: Settings): Record<WholeSetting, string> {
  return Object.fromEntries(NUMBER_FIELDS.map((f) => [f, String(s[f])])) as Record<WholeSetting, string>;
}

function headsUpText(s: Settings, previous?: HeadsUpDraft): HeadsUpDraft {
  if (s.headsUpSeconds > 0) return { enabled: true, seconds: String(s.headsUpSeconds) };
  // Off keeps the number shown (if it was a valid one), so switching it back on offers the same value.
  const keep = previous && parseHeadsUp(true, previous.seconds).ok;
  return { enabled: false, seconds: keep ? previous.seconds : String(SETTING_FIELDS.headsUpSeconds.suggested) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A signals store for the options page: stored settings, what the user typed, and the errors. */
export function createSettingsStore(deps: SettingsStoreDeps = {}): SettingsStore {
  const clock = deps.clock ?? Date.now;
  const download = deps.download ?? downloadText;
  const send = deps.send ?? sendRequest;
  // Times in the range inputs are written as the browser's language writes them (12- or 24-hour).
  const timeText = clockIn(uiLanguage());
  const draftOf = (hours: Settings['workingHours']) => draftFromWorkingHours(hours, timeText);
  const loaded = signal(false);
  const stored = signal<Settings>(defaultSettings());
  const newer = signal(false);
  const numberDrafts = signal(numberTexts(stored.value));
  const headsUpDraft = signal(headsUpText(stored.value));
  const hoursDraft = signal(draftOf(stored.value.workingHours));
  const errors = signal<Partial<Record<ErrorKey, string>>>({});
  const hoursErrors = signal<RangeErrors[][]>(hoursDraft.value.days.map((d) => d.map(() => ({}))));
  const status = signal<StatusMessage | null>(null);
  let statusId = 0;
  let disposed = false;

  const say = (kind: StatusMessage['kind'], what: Phrase) => {
    status.value = { kind, text: sayPhrase(what), id: ++statusId };
  };
  const setError = (key: ErrorKey, message: Phrase | undefined) => {
    const next = { ...errors.value };
    if (message) next[key] = sayPhrase(message);
    else delete next[key];
    errors.value = next;
  };

  /** Every draft shown afresh from `s`, all errors cleared. */
  const showAll = (s: Settings) => {
    batch(() => {
      stored.value = s;
      numberDrafts.value = numberTexts(s);
      headsUpDraft.value = headsUpText(s, headsUpDraft.value);
      hoursDraft.value = draftOf(s.workingHours);
      hoursErrors.value = s.workingHours.days.map((d) => d.map(() => ({})));
      errors.value = {};
    });
  };

  /**
   * A change that arrived from storage (another device, another tab, our own write):
   * fields showing exactly what was stored before follow it; a field the user is in the
   * middle of editing, or that shows an error, keeps the user's text.
   */
  const follow = (s: Settings) => {
    const before = stored.value;
    batch(() => {
      const texts = { ...numberDrafts.value };
      for (const f of NUMBER_FIELDS) if (texts[f] === String(before[f])) texts[f] = String(s[f]);
      numberDrafts.value = texts;
      if (same(headsUpDraft.value, headsUpText(before, headsUpDraft.value))) headsUpDraft.value = headsUpText(s, headsUpDraft.value);
      if (same(hoursDraft.value, draftOf(before.workingHours))) {
        hoursDraft.value = draftOf(s.workingHours);
        hoursErrors.value = s.workingHours.days.map((d) => d.map(() => ({})));
      }
      stored.value = s;
    });
  };

  /**
   * Saves `change` through the one write path: applied to what storage holds at that moment,
   * one write at a time, so a quick second edit or a change from another device is never
   * overwritten by a stale copy. Refused, with its reason on the page, when the result is
   * invalid or storage holds a newer version's settings; storage then keeps what it had.
   */
  const persist = settingsPersister(say, (s) => (stored.value = s));

  const stopWatching = watchSettings((s, fromNewer) => {
    if (disposed) return;
    follow(s);
    newer.value = fromNewer;
  });
  const ready = readSettings().then(
    (read) => {
      if (disposed) return;
      showAll(read.settings);
      newer.value = read.newer;
      loaded.value = true;
    },
    (error: unknown) => {
      // Storage unreadable: show the defaults rather than a page stuck on "Loading".
      loaded.value = true;
      say('error', phrase('settings.status.readFailed', { reason: messageOf(error) }));
    },
  );

  function editNumber(field: WholeSetting, text: string) {
    numberDrafts.value = { ...numberDrafts.value, [field]: text };
    if (errors.value[field] && parseNumberField(field, text).ok) setError(field, undefined);
  }

  async function setNumber(field: WholeSetting, text: string) {
    numberDrafts.value = { ...numberDrafts.value, [field]: text };
    const result = parseNumberField(field, text);
    if (!result.ok) {
      setError(field, result.error);
      say('error', phrase('settings.status.notSaved', { reason: result.error }));
      return false;
    }
    setError(field, undefined);
    const ok = await persist((s) => ({ ...s, [field]: result.value }), savedMessage(field, result.value));
    if (ok && numberDrafts.value[field] === text) numberDrafts.value = { ...numberDrafts.value, [field]: String(result.value) };
    return ok;
  }

  function editHeadsUp(draft: HeadsUpDraft) {
    headsUpDraft.value = draft;
    if (errors.value.headsUpSeconds && parseHeadsUp(draft.enabled, draft.seconds).ok) setError('headsUpSeconds', undefined);
  }

  async function setHeadsUp(draft: HeadsUpDraft) {
    headsUpDraft.value = draft;
    const result = parseHeadsUp(draft.enabled, draft.seconds);
    if (!result.ok) {
      setError('headsUpSeconds', result.error);
      say('error', phrase('settings.status.notSaved', { reason: result.error }));
      return false;
    }
    setError('headsUpSeconds', undefined);
    const ok = await persist((s) => ({ ...s, headsUpSeconds: result.value }), savedMessage('headsUpSeconds', result.value));
    if (ok && result.value > 0 && headsUpDraft.value === draft) headsUpDraft.value = { ...draft, seconds: String(result.value) };
    return ok;
  }

  function setChoice<N extends ChoiceSetting>(field: N, value: Settings[N]) {
    return persist((s) => ({ ...s, [field]: value }), savedMessage(field, value));
  }

  function setFlag(flag: FlagSetting, on: boolean) {
    return persist((s) => ({ ...s, [flag]: on }), savedMessage(flag, on));
  }

  /** Validates the editor; on success saves it (with `enabled` as drafted). */
  async function commitHours(done = phrase('settings.hours.saved')) {
    const result = parseWorkingHours(hoursDraft.value);
    hoursErrors.value = result.errors;
    if (!result.value) {
      say('error', phrase('settings.hours.fixFirst'));
      return false;
    }
    const value = result.value;
    const ok = await persist((s) => ({ ...s, workingHours: value }), done);
    if (ok && same(parseWorkingHours(hoursDraft.value).value, value)) hoursDraft.value = draftOf(value);
    return ok;
  }

  async function setHoursEnabled(on: boolean) {
    const draft = hoursDraft.value;
    if (on && draft.days.every((d) => d.length === 0)) {
      // On with no ranges would mean never counting at all; start from the common case.
      hoursDraft.value = draftOf(weekdaysNineToFive());
      return commitHours(phrase('settings.hours.savedOnPreset', PRESET));
    }
    if (!on && !parseWorkingHours(draft).value) {
      // Switching off must always work, even with half-typed ranges: those are dropped.
      const kept = stored.value.workingHours;
      hoursDraft.value = draftOf({ ...kept, enabled: false });
      hoursErrors.value = kept.days.map((d) => d.map(() => ({})));
      return commitHours(phrase('settings.hours.savedOffDropped'));
    }
    hoursDraft.value = { ...draft, enabled: on };
    return commitHours(phrase(on ? 'settings.hours.savedOn' : 'settings.hours.savedOff'));
  }

  function editRange(day: number, index: number, end: 'start' | 'end', text: string) {
    const days = hoursDraft.value.days.map((d, i) => (i === day ? d.map((r, j) => (j === index ? { ...r, [end]: text } : r)) : d));
    hoursDraft.value = { ...hoursDraft.value, days };
    const e = hoursErrors.value[day]?.[index];
    if (e && (e.start || e.end || e.range)) hoursErrors.value = parseWorkingHours(hoursDraft.value).errors;
  }

  function addRange(day: number) {
    const ranges = hoursDraft.value.days[day];
    const { maxRangesPerDay } = SETTING_FIELDS.workingHours;
    if (ranges.length >= maxRangesPerDay) {
      say('error', phrase('settings.hours.tooMany', { max: maxRangesPerDay }, maxRangesPerDay));
      return Promise.resolve(false);
    }
    const days = hoursDraft.value.days.map((d, i) => (i === day ? [...d, suggestRange(d, timeText)] : d));
    hoursDraft.value = { ...hoursDraft.value, days };
    return commitHours();
  }

  function removeRange(day: number, index: number) {
    const days = hoursDraft.value.days.map((d, i) => (i === day ? d.filter((_, j) => j !== index) : d));
    hoursDraft.value = { ...hoursDraft.value, days };
    return commitHours();
  }

  function applyWeekdayPreset() {
    hoursDraft.value = draftOf(weekdaysNineToFive());
    return commitHours(phrase('settings.hours.savedPreset', PRESET));
  }

  async function resetToDefaults() {
    const ok = await persist(() => defaultSettings(), phrase('settings.reset.done'));
    if (ok) {
      showAll(defaultSettings());
      say('saved', phrase('settings.reset.done'));
    }
    return ok;
  }

  async function tryPrompt() {
    const reply = await send({ type: 'tryPrompt' });
    const message = tryPromptMessage(reply);
    say(message.kind, message.text);
    return reply.ok;
  }

  const backup = createBackupActions({
    now: clock,
    download,
    say,
    setImportError: (message) => setError('import', message),
    showAll,
  });

  return {
    ...backup,
    loaded,
    ready,
    stored,
    newer,
    numberDrafts,
    headsUpDraft,
    hoursDraft,
    errors,
    hoursErrors,
    status,
    editNumber,
    setNumber,
    editHeadsUp,
    setHeadsUp,
    setChoice,
    setFlag,
    say,
    setHoursEnabled,
    editRange,
    commitHours: () => commitHours(),
    addRange,
    removeRange,
    applyWeekdayPreset,
    resetToDefaults,
    tryPrompt,
    dispose() {
      disposed = true;
      stopWatching();
    },
  };
}
