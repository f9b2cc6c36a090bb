/** The paced-breathing patterns, as phases in milliseconds, and how many rounds make one session. */
export type BreathPhase = { step: 'in' | 'in-more' | 'hold' | 'out'; ms: number };
export type BreathPattern = { exercise: 'breathing-box' | 'breathing-478' | 'breathing-resonant' | 'breathing-sigh'; phases: BreathPhase[]; rounds: number };

// 5.5 breaths a minute: one breath every 60 / 5.5 ≈ 10.9 seconds, half in and half out.
const RESONANT_HALF_MS = Math.round(60_000 / 5.5 / 2);

export const BREATH_PATTERNS: BreathPattern[] = [
  {
    exercise: 'breathing-box',
    rounds: 4,
    phases: [
      { step: 'in', ms: 4000 },
      { step: 'hold', ms: 4000 },
      { step: 'out', ms: 4000 },
      { step: 'hold', ms: 4000 },
    ],
  },
  {
    exercise: 'breathing-478',
    rounds: 4,
    phases: [
      { step: 'in', ms: 4000 },
      { step: 'hold', ms: 7000 },
      { step: 'out', ms: 8000 },
    ],
  },
  {
    exercise: 'breathing-resonant',
    rounds: 6,
    phases: [
      { step: 'in', ms: RESONANT_HALF_MS },
      { step: 'out', ms: RESONANT_HALF_MS },
    ],
  },
  {
    exercise: 'breathing-sigh',
    rounds: 5,
    phases: [
      { step: 'in', ms: 2500 },
      { step: 'in-more', ms: 1000 },
      { step: 'out', ms: 6000 },
    ],
  },
];

/** The pause window's breath: in for 4 seconds, out for 6, round after round until the whole pause is covered. */
export function pauseBreath(seconds: number): BreathPattern {
  return {
    exercise: 'breathing-resonant',
    rounds: Math.max(1, Math.ceil(seconds / 10)),
    phases: [
      { step: 'in', ms: 4000 },
      { step: 'out', ms: 6000 },
    ],
  };
}

export const sessionMs = (pattern: BreathPattern) => pattern.rounds * pattern.phases.reduce((sum, phase) => sum + phase.ms, 0);

/** Where `elapsed` falls in a session: the phase, and whole seconds left in it; undefined once done. */
export function phaseAt(pattern: BreathPattern, elapsed: number): { phase: BreathPhase; secondsLeft: number; round: number } | undefined {
  if (elapsed >= sessionMs(pattern)) return undefined;
  const roundMs = sessionMs(pattern) / pattern.rounds;
  let within = elapsed % roundMs;
  for (const phase of pattern.phases) {
    if (within < phase.ms) return { phase, secondsLeft: Math.ceil((phase.ms - within) / 1000), round: Math.floor(elapsed / roundMs) + 1 };
    within -= phase.ms;
  }
  return undefined;
}
