import { browser } from 'wxt/browser';

const COLORS = { normal: '#3b5b8c', alert: '#b3261e' } as const;

/** Shows `text` on the toolbar button; an empty text hides the badge. */
export async function setBadge(text: string, tone: keyof typeof COLORS): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text }),
    browser.action.setBadgeBackgroundColor({ color: COLORS[tone] }),
  ]);
}
