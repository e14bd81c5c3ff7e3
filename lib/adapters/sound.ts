/** The part of Web Audio the beep needs, so a test can pass a stand-in. */
export type AudioContextFactory = () => AudioContext;

let shared: AudioContext | null = null;

function defaultContext(): AudioContext {
  shared ??= new AudioContext();
  return shared;
}

/**
 * A short, soft tone at a step change, made in the page (no sound file to download).
 * Failures are swallowed: a missing sound must never stop the routine.
 */
export function playStepBeep(makeContext: AudioContextFactory = defaultContext): void {
  try {
    const ctx = makeContext();
    if (ctx.state === 'suspended') void ctx.resume();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    const t = ctx.currentTime;
    osc.type = 'sine';
    osc.frequency.setValueAtTime(660, t);
    // A quick fade in and out avoids the click of a hard start and stop.
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.2, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.25);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t);
    osc.stop(t + 0.3);
  } catch {
    // no audio device, or Web Audio unavailable: stay silent
  }
}
