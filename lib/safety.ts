import type { MessageKey } from './i18n';

/** A piece of safety text (the keys of its words, in locales/<lang>.yml under `progress.safety`) and the seed articles it rests on. */
export interface SafetyText {
  title: MessageKey;
  lines: readonly MessageKey[];
  source: string;
}

/** Shown once, before the first routine: plain, short, and then out of the way. */
export const FIRST_RUN_NOTE: SafetyText = {
  title: 'progress.safety.firstRunTitle',
  lines: ['progress.safety.notAdvice', 'progress.safety.painFree', 'progress.safety.stop'],
  source: '000_b97fc5f85384ccfc.txt, 002_7c16a0e742eeae05.txt, 003_eb729e207637ddd1.txt',
};

/** Signs that need care the same day, not a stretching routine. */
export const URGENT_SIGNS: SafetyText = {
  title: 'progress.safety.urgentTitle',
  lines: [
    'progress.safety.urgentNumbness',
    'progress.safety.urgentBladder',
    'progress.safety.urgentFever',
    'progress.safety.urgentWeightLoss',
    'progress.safety.urgentFall',
  ],
  source: '003_eb729e207637ddd1.txt',
};

/** When to book a visit to a doctor or physiotherapist: the 2-week and the 6–8-week rules. */
export const SEE_A_PROFESSIONAL: SafetyText = {
  title: 'progress.safety.professionalTitle',
  lines: ['progress.safety.professionalNumbness', 'progress.safety.professionalNoImprovement'],
  source: '003_eb729e207637ddd1.txt',
};

/** The short line the routine keeps in view while it runs (the key of its words: say it with `t`). */
export const ROUTINE_SAFETY_LINE: MessageKey = 'progress.safety.routineLine';
