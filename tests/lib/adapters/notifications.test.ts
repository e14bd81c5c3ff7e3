import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setBadge } from '../../../lib/adapters/badge';
import { sendRequest } from '../../../lib/adapters/messaging';
import { HEADS_UP_ID, PROMPT_ID, SAMPLE_ID, showHeadsUp, showPrompt, showSamplePrompt } from '../../../lib/adapters/notifications';
import { messageOf } from '../../../lib/errors';
import { NewerVersionError } from '../../../lib/versioned';
import { speakLocale } from '../support/speak-locale';

// The worker's words (the prompt, the heads-up, the badge) and the errors pages show, in
// the browser's language.

type Shown = { title: string; message: string; buttons?: { title: string }[] };
const shown = async (id: string) => (await fakeBrowser.notifications.getAll())[id] as unknown as Shown;

beforeEach(() => fakeBrowser.reset());

describe('the break prompt', () => {
  it('English: its title, message and buttons', async () => {
    await showPrompt(true, 5);
    const n = await shown(PROMPT_ID);
    expect(n.title).toBe('Time for a 60-second back break');
    expect(n.message).toBe('Wall angels, shoulder-blade squeezes and a seated twist: one minute for your mid back.');
    expect(n.buttons?.map((b) => b.title)).toEqual(['Start routine', 'Snooze 5 min']);
  });

  it('Spanish: with snoozes used up the second button skips', async () => {
    speakLocale('es');
    await showPrompt(false, 5);
    const n = await shown(PROMPT_ID);
    expect(n.title).toBe('Hora de una pausa de 60 segundos para la espalda');
    expect(n.buttons?.map((b) => b.title)).toEqual(['Empezar rutina', 'Saltar esta pausa']);
  });

  it('German: the sample and the heads-up', async () => {
    speakLocale('de');
    await showSamplePrompt();
    expect((await shown(SAMPLE_ID)).title).toBe('Zeit für eine 60-Sekunden-Rückenpause (Beispiel)');
    await showHeadsUp(120_000, 0);
    expect(await shown(HEADS_UP_ID)).toMatchObject({ title: 'Gleich kommt deine Rückenpause', message: 'In etwa 2 Min. Such dir eine gute Stelle zum Unterbrechen.' });
  });

  it('English: a heads-up under a minute counts seconds', async () => {
    await showHeadsUp(30_000, 0);
    expect((await shown(HEADS_UP_ID)).message).toBe('In 30 s. Find a stopping point.');
  });
});

describe('the badge', () => {
  it.each([
    ['en', 'off', 'off'],
    ['de', 'off', 'aus'],
    ['de', 'go', 'los'],
    ['es', 'go', 'ya'],
    ['de', '23', '23'],
    ['de', '!', '!'],
  ] as const)('%s: %s shows %s', async (lang, text, words) => {
    speakLocale(lang);
    const setBadgeText = vi.fn(async () => {});
    Object.assign(fakeBrowser.action, { setBadgeText, setBadgeBackgroundColor: vi.fn(async () => {}) });
    await setBadge(text, 'normal');
    expect(setBadgeText).toHaveBeenCalledWith({ text: words });
  });
});

describe('errors the user reads', () => {
  it('data from a newer version, in English as before', () => {
    expect(messageOf(new NewerVersionError('common.item.settings'))).toBe(
      'The stored settings come from a newer version of Midbreak and are kept as they are; update Midbreak to change them here.',
    );
  });

  it('data from a newer version, in German, naming the item', () => {
    speakLocale('de');
    expect(messageOf(new NewerVersionError('common.item.checkIns'))).toBe(
      'Die gespeicherten Daten „Check-ins“ stammen aus einer neueren Version von Midbreak und bleiben unverändert; aktualisiere Midbreak, um sie hier zu ändern.',
    );
  });

  it('any other error says its own message', () => {
    expect(messageOf(new Error('quota exceeded'))).toBe('quota exceeded');
    expect(messageOf('plain')).toBe('plain');
  });

  it('no reply from the background, in Spanish', async () => {
    speakLocale('es');
    fakeBrowser.runtime.onMessage.removeAllListeners();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    expect(await sendRequest({ type: 'status' })).toEqual({ ok: false, error: 'No hubo respuesta del proceso en segundo plano.' });
  });
});
