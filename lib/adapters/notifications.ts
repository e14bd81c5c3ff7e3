import { browser } from 'wxt/browser';
import { t } from './i18n';

export const PROMPT_ID = 'midbreak-prompt';
export const HEADS_UP_ID = 'midbreak-heads-up';
/** The prompt the options page's "Try it now" shows: the real one's look, none of its effects. */
export const SAMPLE_ID = 'midbreak-sample';

/** Firefox shows no notification buttons and rejects the options that ask for them. */
const HAS_BUTTONS = !import.meta.env.FIREFOX;

export type PromptAction = 'start' | 'snooze' | 'skip';

function iconUrl(): string {
  return browser.runtime.getURL('/icon/128.png');
}

async function isShowing(id: string): Promise<boolean> {
  const all = await browser.notifications.getAll();
  return Object.prototype.hasOwnProperty.call(all, id);
}

/** The second button: snooze while snoozes are left, skip after that. */
function secondAction(canSnooze: boolean): PromptAction {
  return canSnooze ? 'snooze' : 'skip';
}

/** The prompt's words: where there are no buttons, it says how to start, snooze or skip. */
function promptMessage(): string {
  return t(HAS_BUTTONS ? 'status.prompt.message' : 'status.prompt.messageNoButtons');
}

/**
 * Shows the break prompt unless it is already on screen: creating it again would pop it
 * up a second time, and a restarted worker re-asserts the prompt on every start.
 */
export async function showPrompt(canSnooze: boolean, snoozeMinutes: number, again = false): Promise<void> {
  // Coming back after it was closed or left alone, it pops up anew rather than staying put.
  if (again) await browser.notifications.clear(PROMPT_ID);
  else if (await isShowing(PROMPT_ID)) return;
  await browser.notifications.create(PROMPT_ID, {
    type: 'basic',
    iconUrl: iconUrl(),
    title: t('status.prompt.title'),
    message: promptMessage(),
    ...(HAS_BUTTONS
      ? {
          requireInteraction: true,
          buttons: [
            { title: t('status.startRoutine') },
            { title: canSnooze ? t('status.snooze', { n: snoozeMinutes }) : t('status.skip') },
          ],
        }
      : {}),
  });
}

/** A sample of the break prompt, so a new user sees what a break looks like; clicking it does nothing to the schedule. */
export async function showSamplePrompt(): Promise<void> {
  await browser.notifications.clear(SAMPLE_ID);
  await browser.notifications.create(SAMPLE_ID, {
    type: 'basic',
    iconUrl: iconUrl(),
    title: t('status.prompt.sampleTitle'),
    message: promptMessage(),
  });
}

export async function clearPrompt(): Promise<void> {
  await browser.notifications.clear(PROMPT_ID);
}

/** A quiet note that the break is coming. */
export async function showHeadsUp(at: number, now: number = Date.now()): Promise<void> {
  if (await isShowing(HEADS_UP_ID)) return;
  const seconds = Math.max(1, Math.round((at - now) / 1000));
  await browser.notifications.create(HEADS_UP_ID, {
    type: 'basic',
    iconUrl: iconUrl(),
    title: t('status.headsUp.title'),
    message: seconds >= 60 ? t('status.headsUp.minutes', { n: Math.round(seconds / 60) }) : t('status.headsUp.seconds', { n: seconds }),
  });
}

export async function clearHeadsUp(): Promise<void> {
  await browser.notifications.clear(HEADS_UP_ID);
}

/**
 * Maps clicks on the prompt to actions: the body or the first button starts the routine,
 * the second snoozes or skips. `canSnooze` is asked at click time, from storage, because
 * the worker that made the prompt may be long gone. Returns a disposer.
 */
export function onPromptAction(
  listener: (action: PromptAction) => void,
  canSnooze: () => Promise<boolean>,
): () => void {
  const clicked = (id: string) => {
    if (id === PROMPT_ID) listener('start');
  };
  const button = (id: string, index: number) => {
    if (id !== PROMPT_ID) return;
    if (index === 0) listener('start');
    else void canSnooze().then((can) => listener(secondAction(can)));
  };
  browser.notifications.onClicked.addListener(clicked);
  browser.notifications.onButtonClicked?.addListener(button);
  return () => {
    browser.notifications.onClicked.removeListener(clicked);
    browser.notifications.onButtonClicked?.removeListener(button);
  };
}

/** Calls `listener` when the user closes the prompt without choosing; returns a disposer. */
export function onPromptClosed(listener: () => void): () => void {
  const closed = (id: string, byUser: boolean) => {
    if (id === PROMPT_ID && byUser) listener();
  };
  browser.notifications.onClosed.addListener(closed);
  return () => browser.notifications.onClosed.removeListener(closed);
}
