import type { PatternId } from '../storage/schemas';

export type Sensitivity = 'gentle' | 'balanced' | 'watchful';

/** The score at which a draft is held; a more watchful setting holds sooner. */
export const THRESHOLDS: Record<Sensitivity, number> = { gentle: 0.65, balanced: 0.5, watchful: 0.35 };
/** Patterns the person recognises in themselves count this much more. */
export const PROFILE_WEIGHT = 1.4;

/**
 * Combines pattern strengths as independent signals (each one makes a calm reading less
 * likely), so two moderate patterns together weigh more than either alone.
 */
export function scoreOf(
  detected: ReadonlyArray<{ id: PatternId; strength: number }>,
  profile: readonly PatternId[] = [],
  sensitivity: Sensitivity = 'balanced',
): { score: number; pause: boolean } {
  let calm = 1;
  for (const { id, strength } of detected) calm *= 1 - (profile.includes(id) ? Math.min(0.95, strength * PROFILE_WEIGHT) : strength);
  const score = Math.round((1 - calm) * 1000) / 1000;
  return { score, pause: score >= THRESHOLDS[sensitivity] };
}
