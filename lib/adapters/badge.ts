import { browser } from 'wxt/browser';
import type { MessageKey } from '../i18n';
import { t } from './i18n';

const COLORS = { normal: '#3b5b8c', alert: '#b3261e' } as const;

/**
 * The badge's words, in the browser's language. The core names a phase on the badge with
 * a short code (lib/schedule.ts `badgeFor`); minutes and "!" need no words.
 */
const WORDS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['zz', 'status.badge.snoozed'],
  ['off', 'status.badge.paused'],
  ['go', 'status.badge.onBreak'],
]);

/** Shows `text` on the toolbar button; an empty text hides the badge. */
export async function setBadge(text: string, tone: keyof typeof COLORS): Promise<void> {
  const word = WORDS.get(text);
  await Promise.all([
    browser.action.setBadgeText({ text: word ? t(word) : text }),
    browser.action.setBadgeBackgroundColor({ color: COLORS[tone] }),
  ]);
}
