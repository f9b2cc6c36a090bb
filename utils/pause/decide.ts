import type { reflect, Reflection } from '../reflection';
import type { ContentConfig } from '../messaging';
import type { Calibration } from '../learning/calibration';

export type PauseSettings = ContentConfig['settings'];
export type PauseTrigger = 'flagged' | 'always' | 'quiet-hours';
export type PauseDecision = { trigger: PauseTrigger; reflection: Reflection };
/** The analyzer, which arrives with the pause kit (see `./kit-loader`). */
export type Analyzer = typeof reflect;

export type DecideInput = {
  draft: string;
  settings: PauseSettings;
  now: Date;
  /** Messages sent in this conversation a short while ago (for chasing replies). */
  recentSendsInThread: number;
  /** What Steady learned from the person on this site (see `calibrationFor`). */
  calibration?: Calibration;
};

/** Whether a draft is for Steady to look at all: there are words, pausing is on and not snoozed. */
export function isConsidered({ draft, settings, now }: Omit<DecideInput, 'recentSendsInThread'>): boolean {
  return draft.trim() !== '' && settings.pauseMode !== 'off' && settings.snoozeUntil <= now.getTime();
}

/**
 * Whether to hold this send, decided synchronously from cached settings so a calm
 * draft reaches the site's own handler with no delay at all.
 */
export function decidePause(input: DecideInput, analyze: Analyzer): PauseDecision | undefined {
  if (!isConsidered(input)) return undefined;
  const { draft, settings, now, recentSendsInThread, calibration } = input;
  const { profile, patternsOff, sensitivity, quietHours } = settings;
  const reflection = analyze(draft, { now, profile, patternsOff, sensitivity, quietHours, recentSendsInThread, calibration });
  if (reflection.quietHours) return { trigger: 'quiet-hours', reflection };
  if (settings.pauseMode === 'always') return { trigger: 'always', reflection };
  return reflection.pause ? { trigger: 'flagged', reflection } : undefined;
}
