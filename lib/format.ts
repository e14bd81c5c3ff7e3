import { t, uiLanguage } from './adapters/i18n';

// Times and durations as a page shows them, in the browser's language: numbers, clock times,
// weekdays and days ago through Intl (12- or 24-hour as the language has it), the short unit
// words and "tomorrow" from `common` in locales/<lang>.yml. This module says words, as the
// adapters do: the core hands it numbers and moments. Each function takes the language as
// an optional last argument; without it, the browser's UI language.

const formats = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per language and style, made once (the popup formats every second). */
function dateFormat(locale: string, style: 'clock' | 'dayClock'): Intl.DateTimeFormat {
  const id = `${locale} ${style}`;
  let f = formats.get(id);
  if (!f) {
    const clock = { hour: 'numeric', minute: '2-digit' } as const;
    f = new Intl.DateTimeFormat(locale, style === 'clock' ? clock : { weekday: 'short', ...clock });
    formats.set(id, f);
  }
  return f;
}

/** A whole number as the language writes it. */
function num(n: number, locale: string): string {
  return n.toLocaleString(locale, { maximumFractionDigits: 0 });
}

/** A countdown as "m:ss", or "h:mm:ss" from an hour up (rounded up, so it reads 0:00 only at the end). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A duration in words for screen readers and short labels: "23 min", "1 h 5 min", "40 s" (English). */
export function formatDuration(ms: number, locale: string = uiLanguage()): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  if (total < 60) return t('common.seconds', { n: num(total, locale) });
  const minutes = Math.ceil(total / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return t('common.minutes', { n: num(m, locale) });
  return m === 0 ? t('common.hours', { n: num(h, locale) }) : t('common.hoursMinutes', { h: num(h, locale), m: num(m, locale) });
}

/** The time of day of a moment: "10:45 AM" in English, "10:45" in German. */
export function formatClock(at: number, locale: string = uiLanguage()): string {
  return dateFormat(locale, 'clock').format(at);
}

/** A time of day given in minutes since midnight (1440, the end of a day, reads as midnight). */
export function formatTimeOfDay(minutes: number, locale: string = uiLanguage()): string {
  return formatClock(new Date(2000, 0, 1, 0, minutes % 1440).getTime(), locale);
}

function startOfDay(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** A moment as the user would say it from `now`: "2:05 PM", "tomorrow 5:00 AM", "Mon 9:00 AM" (English). */
export function formatWhen(at: number, now: number, locale: string = uiLanguage()): string {
  const days = Math.round((startOfDay(at) - startOfDay(now)) / 86_400_000);
  if (days === 0) return formatClock(at, locale);
  if (days === 1) return t('common.tomorrowAt', { time: formatClock(at, locale) });
  return dateFormat(locale, 'dayClock').format(at);
}
