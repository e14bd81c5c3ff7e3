import { uiLanguage } from './i18n';

/** The part of the Web Speech API a spoken cue needs, so a test can pass a stand-in. */
export interface SpeechEnv {
  synth: Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel'>;
  utterance: (text: string) => SpeechSynthesisUtterance;
}

function defaultEnv(): SpeechEnv | null {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return null;
  return { synth: speechSynthesis, utterance: (text) => new SpeechSynthesisUtterance(text) };
}

/** A BCP 47 tag as voices spell it in every browser: `de-DE`, `de_DE` and `DE-de` all read `de-de`. */
function normalTag(tag: string): string {
  return tag.replace(/_/g, '-').toLowerCase();
}

/**
 * A voice that runs on this device (`localService`), never one that sends the text to a
 * speech server, in the language of the cues (the browser's UI language, `lang`): the
 * browser's default first, then one for the same region (`de-AT` for `de-AT`), then any
 * of the language. None when the device has no local voice for it: a German cue read by
 * an English voice helps no one.
 * https://developer.mozilla.org/docs/Web/API/SpeechSynthesisVoice/localService
 */
export function localVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const wanted = normalTag(lang);
  const primary = wanted.split('-')[0];
  const local = voices.filter((v) => v.localService && normalTag(v.lang).split('-')[0] === primary);
  return local.find((v) => v.default) ?? local.find((v) => normalTag(v.lang) === wanted) ?? local[0] ?? null;
}

/**
 * Says a routine cue aloud in `language` (by default the UI language, the cues' language),
 * cutting off the one before (a cue that is late is wrong). Silent where there is no speech
 * API or no voice for the language on the device — Chrome may list its voices only after a moment
 * (`voiceschanged`), so an early cue can pass unspoken; the next one is said. Failures are
 * swallowed: speech must never stop the routine.
 */
export function speakCue(text: string, env: SpeechEnv | null = defaultEnv(), language?: string): void {
  if (!env) return;
  try {
    const lang = language ?? uiLanguage();
    const voice = localVoice(env.synth.getVoices(), lang);
    if (!voice) return;
    env.synth.cancel();
    const u = env.utterance(text);
    u.voice = voice;
    u.lang = lang;
    env.synth.speak(u);
  } catch {
    // speech unavailable: stay silent
  }
}
