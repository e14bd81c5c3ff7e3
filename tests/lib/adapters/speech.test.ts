import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localVoice, speakCue, type SpeechEnv } from '../../../lib/adapters/speech';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) =>
  ({ name, lang, localService, default: isDefault, voiceURI: name }) as SpeechSynthesisVoice;

/** A stand-in for speechSynthesis (happy-dom has none): records what it was asked to say, with which voice. */
function fakeSpeech(voices: SpeechSynthesisVoice[]) {
  const said: { text: string; voice: string | undefined; lang: string }[] = [];
  const calls: string[] = [];
  const env: SpeechEnv = {
    synth: {
      getVoices: () => voices,
      cancel: () => calls.push('cancel'),
      speak: (u) => {
        calls.push('speak');
        said.push({ text: u.text, voice: u.voice?.name, lang: u.lang });
      },
    },
    utterance: (text) => ({ text, voice: null, lang: '' }) as unknown as SpeechSynthesisUtterance,
  };
  return { env, said, calls };
}

describe('localVoice', () => {
  it.each([
    ['no voices', 'en', [], null],
    ['only remote voices', 'en', [voice('Cloud', 'en-US', false, true)], null],
    ['a local English voice', 'en', [voice('Cloud', 'en-US', false, true), voice('Local', 'en-GB', true)], 'Local'],
    ['the local default first', 'en', [voice('A', 'en-US', true), voice('B', 'en-US', true, true)], 'B'],
    ['no English one on the device', 'en', [voice('Anna', 'de-DE', true, true)], null],
    ['a German one for German', 'de', [voice('Sam', 'en-US', true, true), voice('Anna', 'de-DE', true)], 'Anna'],
    ['the same region before another', 'es-MX', [voice('Jorge', 'es-ES', true), voice('Paulina', 'es-MX', true)], 'Paulina'],
    ['a voice tag spelt with an underscore', 'es', [voice('Mónica', 'es_ES', true)], 'Mónica'],
    ['no Spanish one on the device', 'es', [voice('Sam', 'en-US', true, true), voice('Anna', 'de-DE', true)], null],
  ])('%s (%s)', (_label, lang, voices, name) => {
    expect(localVoice(voices, lang)?.name ?? null).toBe(name);
  });
});

describe('speakCue', () => {
  it('says the cue with a voice on the device, cutting off the one before', () => {
    const { env, said, calls } = fakeSpeech([voice('Cloud', 'en-US', false, true), voice('Local', 'en-US', true)]);
    speakCue('Rep 1 of 5', env, 'en');
    speakCue('Rep 2 of 5', env, 'en');
    expect(said).toEqual([
      { text: 'Rep 1 of 5', voice: 'Local', lang: 'en' },
      { text: 'Rep 2 of 5', voice: 'Local', lang: 'en' },
    ]);
    expect(calls).toEqual(['cancel', 'speak', 'cancel', 'speak']);
  });

  it('speaks in the UI language, with a voice of that language', () => {
    const { env, said } = fakeSpeech([voice('Sam', 'en-US', true, true), voice('Anna', 'de-DE', true)]);
    speakCue('Wiederholung 1 von 5', env, 'de');
    expect(said).toEqual([{ text: 'Wiederholung 1 von 5', voice: 'Anna', lang: 'de' }]);
  });

  it('takes the browser’s UI language by default', () => {
    fakeBrowser.i18n.getUILanguage = () => 'es-419';
    const { env, said } = fakeSpeech([voice('Sam', 'en-US', true, true), voice('Paulina', 'es-MX', true)]);
    speakCue('Repetición 1 de 5', env);
    expect(said).toEqual([{ text: 'Repetición 1 de 5', voice: 'Paulina', lang: 'es-419' }]);
  });

  it('stays silent without a local voice, without the API, or when speaking throws', () => {
    const remote = fakeSpeech([voice('Cloud', 'en-US', false, true)]);
    speakCue('Release', remote.env, 'en');
    expect(remote.calls).toEqual([]);
    expect(() => speakCue('Release', null)).not.toThrow();
    const broken = fakeSpeech([voice('Local', 'en-US', true)]);
    broken.env.synth.speak = vi.fn(() => {
      throw new Error('not allowed');
    });
    expect(() => speakCue('Release', broken.env, 'en')).not.toThrow();
  });

  it('finds no speech API in a page without one (happy-dom, some browsers) and does nothing', () => {
    expect(() => speakCue('Switch sides')).not.toThrow();
  });
});
