export type Sensitivity = 'gentle' | 'balanced' | 'watchful';

/** The score at which a draft is held; a more watchful setting holds sooner. */
export const THRESHOLDS: Record<Sensitivity, number> = { gentle: 0.65, balanced: 0.5, watchful: 0.35 };
/** Patterns the person recognises in themselves: the chance the draft is calm shrinks by this much. */
export const PROFILE_WEIGHT = 1.4;
