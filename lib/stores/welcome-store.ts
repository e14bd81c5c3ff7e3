import { messageOf } from '../errors';
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { settingsPersister } from './settings-persist';
import { sendRequest } from '../adapters/messaging';
import { openOptionsPage } from '../adapters/pages';
import { loadSafetyNoteSeen, saveSafetyNoteSeen } from '../adapters/safety-items';
import { sayPhrase } from '../adapters/phrases';
import { readSettings, watchSettings } from '../adapters/settings-item';
import type { Reply, Request } from '../messages';
import { phrase, type Phrase } from '../phrase';
import { defaultSettings, type PromptStyle, type Settings } from '../settings';
import { parseNumberField, PRESET, savedMessage } from '../settings-form';
import { tryPromptMessage } from '../try-prompt';
import { weekdaysNineToFive, type WorkingHours } from '../working-hours';
import type { StatusMessage } from './settings-store';

/** The welcome page's three working-hours choices; "custom" is edited on the options page. */
export type HoursChoice = 'off' | 'weekdays' | 'custom';

/** Which of the three choices stored working hours are. */
export function hoursChoiceOf(hours: WorkingHours): HoursChoice {
  if (!hours.enabled) return 'off';
  return JSON.stringify(hours.days) === JSON.stringify(weekdaysNineToFive().days) ? 'weekdays' : 'custom';
}

export interface WelcomeStoreDeps {
  /** Sends a request to the background (the "Try it now" sample). */
  send?: (request: Request) => Promise<Reply>;
  /** Opens the options page (custom working hours are set there). */
  openSettings?: () => Promise<void>;
}

export interface WelcomeStore {
  /** False until the stored settings have been read once. */
  loaded: ReadonlySignal<boolean>;
  /** Resolves when the settings and the safety note's state have been read. */
  ready: Promise<void>;
  /** What storage holds now (here, from the options page or from another device). */
  stored: ReadonlySignal<Settings>;
  /** True while storage holds settings a newer Midbreak wrote: every save is refused. */
  newer: ReadonlySignal<boolean>;
  /** The work interval as typed. */
  workDraft: ReadonlySignal<string>;
  /** Why the typed work interval was refused, naming the field and its range, in the page's language. */
  workError: ReadonlySignal<string | undefined>;
  /** The working-hours choice shown: what storage holds, or "custom" once picked. */
  hours: ReadonlySignal<HoursChoice>;
  /** Whether the first-run safety note was already acknowledged; null until read. */
  noteSeen: ReadonlySignal<boolean | null>;
  status: ReadonlySignal<StatusMessage | null>;
  /** Updates the work interval as it is typed; clears its error once the text is valid. Saves nothing. */
  editWork(text: string): void;
  /** Validates and saves the work interval; an invalid value shows its error and storage keeps what it had. */
  setWork(text: string): Promise<boolean>;
  /** Off and weekdays 9–17 save at once; custom points to the options page and saves nothing. */
  setHours(choice: HoursChoice): Promise<boolean>;
  setPromptStyle(style: PromptStyle): Promise<boolean>;
  /** Opens the options page, where custom working hours are set. */
  openSettings(): Promise<void>;
  /** Asks the background for a sample prompt and the break window; the page has shown the safety note, so it counts as read. */
  tryIt(): Promise<boolean>;
  /** The user is done: the safety note they read on this page is marked seen, so the popup does not show it again. */
  finish(): Promise<void>;
  dispose(): void;
}

/** A signals store for the first-run welcome page: three settings, the safety note's bit, and "Try it now". */
export function createWelcomeStore(deps: WelcomeStoreDeps = {}): WelcomeStore {
  const send = deps.send ?? sendRequest;
  const openSettings = deps.openSettings ?? openOptionsPage;
  const loaded = signal(false);
  const stored = signal<Settings>(defaultSettings());
  const newer = signal(false);
  const workDraft = signal(String(stored.value.workMinutes));
  const workError = signal<string | undefined>(undefined);
  /** "custom" picked here while storage still holds off or the preset; cleared when the stored hours change. */
  const picked = signal<HoursChoice | null>(null);
  const hours = computed(() => picked.value ?? hoursChoiceOf(stored.value.workingHours));
  const noteSeen = signal<boolean | null>(null);
  const status = signal<StatusMessage | null>(null);
  let statusId = 0;
  let disposed = false;

  const say = (kind: StatusMessage['kind'], what: Phrase) => {
    status.value = { kind, text: sayPhrase(what), id: ++statusId };
  };

  /** Storage changed (our own write, the options page, another device): follow it unless the user is mid-edit. */
  const follow = (s: Settings) => {
    if (workDraft.value === String(stored.value.workMinutes) && !workError.value) workDraft.value = String(s.workMinutes);
    if (JSON.stringify(s.workingHours) !== JSON.stringify(stored.value.workingHours)) picked.value = null;
    stored.value = s;
  };

  /** Saves through the one write path; refused (storage unchanged) with its reason in the live region. */
  const persist = settingsPersister(say, follow);

  const stopWatching = watchSettings((s, fromNewer) => {
    if (disposed) return;
    follow(s);
    newer.value = fromNewer;
  });
  const settingsRead = readSettings().then(
    (read) => {
      if (disposed) return;
      stored.value = read.settings;
      workDraft.value = String(read.settings.workMinutes);
      newer.value = read.newer;
      loaded.value = true;
    },
    (error: unknown) => {
      // Storage unreadable: show the defaults rather than a page stuck on "Loading".
      loaded.value = true;
      say('error', phrase('settings.status.readFailed', { reason: messageOf(error) }));
    },
  );
  const noteRead = loadSafetyNoteSeen().then(
    (seen) => {
      noteSeen.value = seen;
    },
    () => {
      noteSeen.value = false;
    },
  );

  async function markNoteSeen() {
    if (noteSeen.value === true) return;
    noteSeen.value = true;
    await saveSafetyNoteSeen();
  }

  return {
    loaded,
    ready: Promise.all([settingsRead, noteRead]).then(() => undefined),
    stored,
    newer,
    workDraft,
    workError,
    hours,
    noteSeen,
    status,
    editWork(text) {
      workDraft.value = text;
      if (workError.value && parseNumberField('workMinutes', text).ok) workError.value = undefined;
    },
    async setWork(text) {
      workDraft.value = text;
      const result = parseNumberField('workMinutes', text);
      if (!result.ok) {
        workError.value = sayPhrase(result.error);
        say('error', phrase('settings.status.notSaved', { reason: result.error }));
        return false;
      }
      workError.value = undefined;
      const ok = await persist((s) => ({ ...s, workMinutes: result.value }), savedMessage('workMinutes', result.value));
      // " 30" or "030" is shown as the number that was saved.
      if (ok && workDraft.value === text) workDraft.value = String(result.value);
      return ok;
    },
    async setHours(choice) {
      if (choice === 'custom') {
        picked.value = hoursChoiceOf(stored.value.workingHours) === 'custom' ? null : 'custom';
        say('info', phrase('settings.welcome.customPicked'));
        return true;
      }
      picked.value = null;
      if (choice === 'off') {
        // The ranges stay stored, as on the options page, so switching back on offers them again.
        return persist((s) => ({ ...s, workingHours: { ...s.workingHours, enabled: false } }), phrase('settings.welcome.savedOff'));
      }
      return persist((s) => ({ ...s, workingHours: weekdaysNineToFive() }), phrase('settings.hours.savedPreset', PRESET));
    },
    setPromptStyle(style) {
      return persist((s) => ({ ...s, promptStyle: style }), savedMessage('promptStyle', style));
    },
    async openSettings() {
      try {
        await openSettings();
      } catch (error) {
        say('error', phrase('settings.welcome.openFailed', { reason: messageOf(error) }));
      }
    },
    async tryIt() {
      // The break window shows the safety note to whoever has not read it; this page has just shown it.
      await markNoteSeen().catch(() => undefined);
      const reply = await send({ type: 'tryPrompt' });
      const message = tryPromptMessage(reply);
      say(message.kind, message.text);
      return reply.ok;
    },
    async finish() {
      await markNoteSeen();
    },
    dispose() {
      disposed = true;
      stopWatching();
    },
  };
}
