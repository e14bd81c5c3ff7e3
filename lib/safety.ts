/** A piece of safety text and the seed articles it rests on. */
export interface SafetyText {
  title: string;
  lines: readonly string[];
  source: string;
}

/** Shown once, before the first routine: plain, short, and then out of the way. */
export const FIRST_RUN_NOTE: SafetyText = {
  title: 'Before you start',
  lines: [
    'Midbreak reminds you to move; it is not medical advice.',
    'Move only as far as stays free of pain.',
    'Stop straight away if a movement brings numbness, tingling, or pain that spreads down an arm or around your body.',
  ],
  source: '000_b97fc5f85384ccfc.txt, 002_7c16a0e742eeae05.txt, 003_eb729e207637ddd1.txt',
};

/** Signs that need care the same day, not a stretching routine. */
export const URGENT_SIGNS: SafetyText = {
  title: 'Get urgent care if you have',
  lines: [
    'numbness that keeps getting worse',
    'trouble controlling your bladder or bowels',
    'a fever together with severe back pain',
    'weight loss you can’t explain',
    'pain that started after a bad fall or an accident',
  ],
  source: '003_eb729e207637ddd1.txt',
};

/** When to book a visit to a doctor or physiotherapist. */
export const SEE_A_PROFESSIONAL: SafetyText = {
  title: 'See a doctor or physiotherapist if',
  lines: [
    'numbness, tingling or weakness is still there after 2 weeks',
    'the pain has not clearly improved after 6–8 weeks of regular exercise',
  ],
  source: '003_eb729e207637ddd1.txt',
};

/** The short line the routine keeps in view while it runs. */
export const ROUTINE_SAFETY_LINE = 'Stay within a pain-free range. Stop if you feel numbness, tingling or spreading pain.';
