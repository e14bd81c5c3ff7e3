import { messageOf } from '../errors';
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { downloadText } from '../adapters/download';
import { t, uiLanguage } from '../adapters/i18n';
import { sayPhrase } from '../adapters/phrases';
import { loadSchedule, watchSchedule } from '../adapters/schedule-item';
import { loadSettings, watchSettings } from '../adapters/settings-item';
import { loadHistory, watchHistory } from '../adapters/storage-items';
import { noCheckIns } from '../checkin';
import { numberText } from '../day-format';
import { emptyHistory, type History } from '../history';
import { adviceOf, progressCsv, progressDays, streak, trendMessage, weekStart, type Advice, type DayRow, type ProgressInput } from '../progress';
import { activityAt } from '../schedule-advance';
import type { ScheduleState } from '../schedule-state';
import { defaultSettings, type Settings } from '../settings-parse';
import { addDays, dayKey } from '../time';
import { createCheckInStore, type CheckInStore } from './checkin-store';
import { createProgrammeStore, type ProgrammeStore } from './programme-store';

/** Days the chart, the trend and the 6-week rule look at: eight weeks, ending today. */
export const CHART_DAYS = 56;

export interface ProgressStoreDeps {
  clock?: () => number;
  download?: (fileName: string, text: string, type: string) => void;
  /** How often the page's figures follow the clock (today's active time, a new day). */
  tickMs?: number;
}

/** The last thing the page did, for its live region; `id` changes so a repeat is announced again. */
export interface ProgressMessage {
  /** Which part of the page it belongs to (each has its own live region). */
  about: 'checkin' | 'export';
  kind: 'saved' | 'error';
  text: string;
  id: number;
}

export interface ProgressStore {
  /** False until history, check-ins, schedule and settings have been read once. */
  loaded: ReadonlySignal<boolean>;
  ready: Promise<void>;
  /** Today, YYYY-MM-DD. */
  today: ReadonlySignal<string>;
  /** This week, Monday to Sunday (days still to come are all zeros). */
  week: ReadonlySignal<DayRow[]>;
  /** The last CHART_DAYS days, ending today. */
  recent: ReadonlySignal<DayRow[]>;
  /** Days in a row with a completed routine, over the whole history. */
  streak: ReadonlySignal<number>;
  /** The check-in trend in one line, in the browser's language. */
  trend: ReadonlySignal<string>;
  /** What the page must say plainly, with a link to "When to get checked". */
  advice: ReadonlySignal<Advice>;
  /** Whether working hours are on (days without them then neither count nor break the streak). */
  workingHoursOn: ReadonlySignal<boolean>;
  checkIns: CheckInStore;
  /** The 8-week programme (opt-in): where it stands today, and its actions. */
  programme: ProgrammeStore;
  message: ReadonlySignal<ProgressMessage | null>;
  /** Adds or corrects today's check-in. */
  saveCheckIn(score: number, symptoms: boolean): Promise<boolean>;
  /** Downloads every day of the history, one row each, as CSV. */
  exportCsv(): boolean;
  dispose(): void;
}

/** The first day anything was recorded (a history day, an event, a check-in), or `today`. */
function firstDay(history: History, checkInDays: readonly string[], today: string): string {
  const candidates = [history.days[0]?.day, history.events[0] && dayKey(history.events[0].at), checkInDays[0], today];
  return candidates.filter((d): d is string => !!d).reduce((a, b) => (a < b ? a : b));
}

/**
 * The Progress page's store: the history, the check-ins, the schedule (for the active time
 * of the day under way) and the working hours, all watched, with every figure derived from
 * them by lib/progress.ts.
 */
export function createProgressStore(deps: ProgressStoreDeps = {}): ProgressStore {
  const clock = deps.clock ?? Date.now;
  const lang = uiLanguage();
  const download = deps.download ?? downloadText;
  const now = signal(clock());
  const history = signal<History>(emptyHistory());
  const schedule = signal<ScheduleState | null>(null);
  const settings = signal<Settings>(defaultSettings());
  const loaded = signal(false);
  const message = signal<ProgressMessage | null>(null);
  const checkIns = createCheckInStore({ clock });
  let messageId = 0;
  let disposed = false;

  const say = (about: ProgressMessage['about'], kind: ProgressMessage['kind'], text: string) => {
    message.value = { about, kind, text, id: ++messageId };
  };

  const today = computed(() => dayKey(now.value));
  const programme = createProgrammeStore({ clock, today });
  const input = computed<ProgressInput>(() => {
    return {
      history: history.value,
      checkIns: checkIns.all.value ?? noCheckIns(),
      // The day under way, and a finished day the worker has not handed to the history yet.
      unrecorded: schedule.value ? activityAt(schedule.value, settings.value, now.value) : [],
      workingHours: settings.value.workingHours,
    };
  });
  const all = computed(() => {
    const i = input.value;
    return progressDays(i, firstDay(i.history, i.checkIns.entries.map((c) => c.day), today.value), today.value);
  });
  const recent = computed(() => progressDays(input.value, addDays(today.value, -(CHART_DAYS - 1)), today.value));
  const week = computed(() => {
    const monday = weekStart(today.value);
    return progressDays(input.value, monday, addDays(monday, 6));
  });

  const disposers = [
    watchHistory((h) => (history.value = h), clock),
    watchSchedule((s) => (schedule.value = s), clock),
    watchSettings((s) => (settings.value = s)),
    () => checkIns.dispose(),
    () => programme.dispose(),
  ];
  const timer = setInterval(() => (now.value = clock()), deps.tickMs ?? 60_000);
  disposers.push(() => clearInterval(timer));

  const start = clock();
  const ready = Promise.all([loadHistory(start), loadSchedule(start), loadSettings(), checkIns.ready, programme.ready]).then(([h, s, set]) => {
    if (disposed) return;
    history.value = h;
    schedule.value ??= s;
    settings.value = set;
    now.value = clock();
    loaded.value = true;
  });

  return {
    loaded,
    ready,
    today,
    week,
    recent,
    streak: computed(() => streak(all.value, today.value)),
    trend: computed(() => sayPhrase(trendMessage(recent.value, lang))),
    advice: computed(() => adviceOf(recent.value, today.value, programme.plan.value?.completed)),
    workingHoursOn: computed(() => settings.value.workingHours.enabled),
    checkIns,
    programme,
    message,
    async saveCheckIn(score, symptoms) {
      const ok = await checkIns.save(score, symptoms);
      if (ok) say('checkin', 'saved', t(symptoms ? 'progress.checkInSavedSymptoms' : 'progress.checkInSaved', { score: numberText(score, lang) }));
      else say('checkin', 'error', checkIns.error.value ?? t('progress.checkInNotSaved'));
      return ok;
    },
    exportCsv() {
      const rows = all.value;
      const fileName = `midbreak-progress-${today.value}.csv`;
      try {
        download(fileName, progressCsv(rows), 'text/csv');
      } catch (error) {
        say('export', 'error', t('progress.exportFailed', { reason: messageOf(error) }));
        return false;
      }
      say('export', 'saved', t('progress.exported', { n: numberText(rows.length, lang), file: fileName }, rows.length));
      return true;
    },
    dispose() {
      disposed = true;
      disposers.forEach((d) => d());
    },
  };
}
