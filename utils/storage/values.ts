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
/** What the person did in a pause: a choice, or leaving the page. The weekly summary counts only these. */
export const PERSON_OUTCOMES = ['sent-anyway', 'kept-editing', 'saved-for-later', 'left-page'] as const;
/**
 * How a pause ended through Steady, not the person: it failed and let the send go as if it were
 * absent (`failed-open`); it could not be sure its window was seen and stepped aside
 * (`stepped-aside`); the words changed under the pause, so it kept them rather than send blind
 * (`kept-safe`). Kept apart so they never read as the person's choices.
 */
export const STEADY_OUTCOMES = ['failed-open', 'stepped-aside', 'kept-safe'] as const;
export const PAUSE_OUTCOMES = [...PERSON_OUTCOMES, ...STEADY_OUTCOMES] as const;
/** The person's one-tap word on a pause, after it closed: what Steady learns from first. */
export const PAUSE_FEEDBACK = ['helped', 'not-needed'] as const;
export type PauseFeedback = (typeof PAUSE_FEEDBACK)[number];

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

export const SUPPORTED_SITE_IDS = ['gmail', 'outlook', 'slack', 'discord', 'whatsapp', 'messenger', 'teams', 'linkedin', 'telegram', 'google-chat'] as const;
export type SupportedSiteId = (typeof SUPPORTED_SITE_IDS)[number];

/** An origin such as `https://chat.example.org` or `http://localhost:8080` (at most `ORIGIN_MAX_LENGTH` characters). */
export const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;
export const ORIGIN_MAX_LENGTH = 200;
export const isOrigin = (value: string): boolean => value.length <= ORIGIN_MAX_LENGTH && ORIGIN_PATTERN.test(value);

export const PAUSE_MODES = ['charged', 'always', 'off'] as const;
export const SENSITIVITIES = ['gentle', 'balanced', 'watchful'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

/** The refusal a "Save for later" past the saved-drafts caps gets; the overlay words it for the person. */
export const DRAFT_LIMIT = 'draft-limit';
