/**
 * The fixed lists of values Steady stores, kept free of the schema library so content
 * scripts, which run on every supported page, can check values without carrying it.
 * `./schemas` builds its schemas from these.
 */

export const PATTERN_IDS = [
  'over-apology',
  'reassurance-seeking',
  'testing',
  'self-silencing',
  'withdrawal',
  'absolutes',
  'catastrophizing',
  'hostility',
  'shouting',
  'double-texting',
] as const;

export const PAUSE_TRIGGERS = ['flagged', 'always', 'quiet-hours', 'manual'] as const;
export const PAUSE_OUTCOMES = ['sent-anyway', 'kept-editing', 'saved-for-later', 'left-page'] as const;

export const BUILT_IN_MOMENT_KINDS = [
  'shared-something-real',
  'boundary-respected',
  'honest-check-in',
  'repair-after-rupture',
  'asked-for-help',
  'asked-for-space',
  'felt-understood',
  'chose-differently',
] as const;

export const GROUNDING_EXERCISES = [
  'breathing-box',
  'breathing-478',
  'breathing-resonant',
  'breathing-sigh',
  'senses-54321',
  'name-the-feeling',
  'defences-check-in',
] as const;

export const SUPPORTED_SITE_IDS = [
  'gmail',
  'outlook',
  'slack',
  'discord',
  'whatsapp',
  'messenger',
  'teams',
  'linkedin',
  'telegram',
  'google-chat',
] as const;
export type SupportedSiteId = (typeof SUPPORTED_SITE_IDS)[number];

export const PAUSE_MODES = ['charged', 'always', 'off'] as const;
export const SENSITIVITIES = ['gentle', 'balanced', 'watchful'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
