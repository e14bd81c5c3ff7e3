import { describe, expect, it, vi } from 'vitest';
import { localVoice, speakCue, type SpeechEnv } from '../../../lib/adapters/speech';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) =>
  ({ name, lang, localService, default: isDefault, voiceURI: name }) as SpeechSynthesisVoice;

/** A stand-in for speechSynthesis (happy-dom has none): records what it was asked to say, with which voice. */
function fakeSpeech(voices: SpeechSynthesisVoice[]) {
  const said: { text: string; voice: string | undefined }[] = [];
  const calls: string[] = [];
  const env: SpeechEnv = {
    synth: {
      getVoices: () => voices,
      cancel: () => calls.push('cancel'),
      speak: (u) => {
        calls.push('speak');
        said.push({ text: u.text, voice: u.voice?.name });
      },
    },
    utterance: (text) => ({ text, voice: null, lang: '' }) as unknown as SpeechSynthesisUtterance,
  };
  return { env, said, calls };
}

describe('localVoice', () => {
  it.each([
    ['no voices', [], null],
    ['only remote voices', [voice('Cloud', 'en-US', false, true)], null],
    ['a local English voice', [voice('Cloud', 'en-US', false, true), voice('Local', 'en-GB', true)], 'Local'],
    ['the local default first', [voice('A', 'en-US', true), voice('B', 'en-US', true, true)], 'B'],
    ['no English one on the device', [voice('Anna', 'de-DE', true, true)], null],
  ])('%s', (_label, voices, name) => {
    expect(localVoice(voices)?.name ?? null).toBe(name);
  });
});

describe('speakCue', () => {
  it('says the cue with a voice on the device, cutting off the one before', () => {
    const { env, said, calls } = fakeSpeech([voice('Cloud', 'en-US', false, true), voice('Local', 'en-US', true)]);
    speakCue('Rep 1 of 5', env);
    speakCue('Rep 2 of 5', env);
    expect(said).toEqual([
      { text: 'Rep 1 of 5', voice: 'Local' },
      { text: 'Rep 2 of 5', voice: 'Local' },
    ]);
    expect(calls).toEqual(['cancel', 'speak', 'cancel', 'speak']);
  });

  it('stays silent without a local voice, without the API, or when speaking throws', () => {
    const remote = fakeSpeech([voice('Cloud', 'en-US', false, true)]);
    speakCue('Release', remote.env);
    expect(remote.calls).toEqual([]);
    expect(() => speakCue('Release', null)).not.toThrow();
    const broken = fakeSpeech([voice('Local', 'en-US', true)]);
    broken.env.synth.speak = vi.fn(() => {
      throw new Error('not allowed');
    });
    expect(() => speakCue('Release', broken.env)).not.toThrow();
  });

  it('finds no speech API in a page without one (happy-dom, some browsers) and does nothing', () => {
    expect(() => speakCue('Switch sides')).not.toThrow();
  });
});
