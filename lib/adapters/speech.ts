/** The part of the Web Speech API a spoken cue needs, so a test can pass a stand-in. */
export interface SpeechEnv {
  synth: Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel'>;
  utterance: (text: string) => SpeechSynthesisUtterance;
}

function defaultEnv(): SpeechEnv | null {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return null;
  return { synth: speechSynthesis, utterance: (text) => new SpeechSynthesisUtterance(text) };
}

/**
 * A voice that runs on this device (`localService`), never one that sends the text to a
 * speech server: an English one (the cues are English), the browser's default first.
 * https://developer.mozilla.org/docs/Web/API/SpeechSynthesisVoice/localService
 */
export function localVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const local = voices.filter((v) => v.localService && /^en\b/i.test(v.lang));
  return local.find((v) => v.default) ?? local[0] ?? null;
}

/**
 * Says a routine cue aloud, cutting off the one before (a cue that is late is wrong).
 * Silent where there is no speech API or no voice on the device — Chrome may list its
 * voices only after a moment (`voiceschanged`), so an early cue can pass unspoken; the next
 * one is said. Failures are swallowed: speech must never stop the routine.
 */
export function speakCue(text: string, env: SpeechEnv | null = defaultEnv()): void {
  if (!env) return;
  try {
    const voice = localVoice(env.synth.getVoices());
    if (!voice) return;
    env.synth.cancel();
    const u = env.utterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    env.synth.speak(u);
  } catch {
    // speech unavailable: stay silent
  }
}
