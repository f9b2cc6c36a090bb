import * as z from 'zod/mini';
import {
  BUILT_IN_MOMENT_KINDS,
  ORIGIN_MAX_LENGTH,
  ORIGIN_PATTERN,
  GROUNDING_EXERCISES,
  PATTERN_IDS,
  PAUSE_FEEDBACK,
  PAUSE_MODES,
  PAUSE_OUTCOMES,
  PAUSE_TRIGGERS,
  SENSITIVITIES,
  SUPPORTED_SITE_IDS,
  THEMES,
  type SupportedSiteId,
} from './values';

export * from './values';

/**
 * Every value Steady stores, described once. Timestamps are epoch milliseconds;
 * ids are opaque strings chosen by the writer, so a retried write is idempotent.
 */

export const PatternId = z.enum(PATTERN_IDS);
export type PatternId = z.infer<typeof PatternId>;

/** Record ids: never a prototype-polluting key such as `__proto__`. */
export const RecordId = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9][\w-]*$/));
export const EpochMs = z.number().check(z.int(), z.minimum(0), z.maximum(8.64e15));
const rating = z.number().check(z.int(), z.minimum(1), z.maximum(5));
const shortText = (max: number) => z.string().check(z.maxLength(max));
/** A site id: a built-in adapter id or an added origin such as `https://chat.example.org`. */
export const SiteId = z.string().check(z.minLength(1), z.maxLength(200));

/** Some of a pause's noticed patterns, named by the person. */
export const FeedbackPatterns = z.array(PatternId).check(z.minLength(1), z.maxLength(PATTERN_IDS.length));

/** One pause before sending. Deliberately holds no message text. */
export const PauseEvent = z.strictObject({
  type: z.literal('pause'),
  id: RecordId,
  at: EpochMs,
  site: SiteId,
  trigger: z.enum(PAUSE_TRIGGERS),
  patterns: z.array(PatternId).check(z.maxLength(PATTERN_IDS.length)),
  score: z.number().check(z.minimum(0), z.maximum(1)),
  outcome: z.enum(PAUSE_OUTCOMES),
  durationMs: z.number().check(z.int(), z.minimum(0), z.maximum(86_400_000)),
  /** Whether the person found this pause useful, if they said; the first answer stays. */
  feedback: z.optional(z.enum(PAUSE_FEEDBACK)),
  /** The noticed patterns that answer was about, when the person named some; otherwise it was about all of them. */
  feedbackPatterns: z.optional(FeedbackPatterns),
});
export type PauseEvent = z.infer<typeof PauseEvent>;

/** A built-in kind, or `custom:<id>` for a kind the person added. */
export const MomentKind = z.union([z.enum(BUILT_IN_MOMENT_KINDS), z.string().check(z.regex(/^custom:[\w-]{1,40}$/))]);
export type MomentKind = z.infer<typeof MomentKind>;

export const MicroMoment = z.strictObject({
  type: z.literal('moment'),
  id: RecordId,
  at: EpochMs,
  kind: MomentKind,
  note: z.optional(shortText(500)),
  person: z.optional(shortText(60)),
  safety: z.optional(rating),
  pauseId: z.optional(RecordId),
  ruptureId: z.optional(RecordId),
});
export type MicroMoment = z.infer<typeof MicroMoment>;

export const GroundingSession = z.strictObject({
  type: z.literal('grounding'),
  id: RecordId,
  at: EpochMs,
  exercise: z.enum(GROUNDING_EXERCISES),
  durationMs: z.number().check(z.int(), z.minimum(0), z.maximum(86_400_000)),
  completed: z.boolean(),
  before: z.optional(rating),
  after: z.optional(rating),
  feelings: z.optional(z.array(shortText(40)).check(z.maxLength(4))),
  defences: z.optional(z.array(PatternId).check(z.maxLength(PATTERN_IDS.length))),
});
export type GroundingSession = z.infer<typeof GroundingSession>;

export const Rupture = z.strictObject({
  type: z.literal('rupture'),
  id: RecordId,
  at: EpochMs,
  note: z.optional(shortText(500)),
  person: z.optional(shortText(60)),
  promptAt: EpochMs,
  repairedAt: z.optional(EpochMs),
  repairMomentId: z.optional(RecordId),
});
export type Rupture = z.infer<typeof Rupture>;

/** The records kept in the monthly journal; the background is their only writer. */
export const JournalRecord = z.discriminatedUnion('type', [PauseEvent, MicroMoment, GroundingSession, Rupture]);
export type JournalRecord = z.infer<typeof JournalRecord>;
export type RecordType = JournalRecord['type'];

/** Text the person explicitly chose to keep ("Save for later"): the only message text stored. */
export const SavedDraft = z.strictObject({
  id: RecordId,
  at: EpochMs,
  site: SiteId,
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
  /** A mail's subject, when the draft was written under one. */
  subject: z.optional(z.string().check(z.minLength(1), z.maxLength(1_000))),
  expiresAt: EpochMs,
  remindAt: z.optional(EpochMs),
  pauseId: z.optional(RecordId),
});
export type SavedDraft = z.infer<typeof SavedDraft>;
export const SavedDrafts = z.array(SavedDraft);

const hour = z.number().check(z.int(), z.minimum(0), z.maximum(23));
/** An origin such as `https://chat.example.org` or `http://localhost:8080`. */
export const Origin = z.string().check(z.maxLength(ORIGIN_MAX_LENGTH), z.regex(ORIGIN_PATTERN));

/**
 * A built-in site's id. Any id is accepted, not only today's: a site added to Steady later, or
 * one a newer version knows, must never make the stored choices invalid (a record keyed by an
 * enum is exhaustive in zod 4). A site missing from the record is on, as on a fresh install.
 */
export const SiteSwitchId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/));

/** A moment kind the person added. */
export const CustomKind = z.strictObject({ id: z.string().check(z.regex(/^custom:[\w-]{1,40}$/)), label: shortText(40) });

export const Settings = z.strictObject({
  sites: z.record(SiteSwitchId, z.boolean()),
  addedSites: z.array(Origin).check(z.maxLength(100)),
  pauseMode: z.enum(PAUSE_MODES),
  sensitivity: z.enum(SENSITIVITIES),
  profile: z.array(PatternId).check(z.maxLength(PATTERN_IDS.length)),
  /** Patterns the person switched off: Steady neither pauses for them nor points them out. Only the person sets this. */
  patternsOff: z.array(PatternId).check(z.maxLength(PATTERN_IDS.length)),
  quietHours: z.strictObject({ enabled: z.boolean(), start: hour, end: hour }),
  snoozeUntil: EpochMs,
  pauseSeconds: z.number().check(z.int(), z.minimum(3), z.maximum(60)),
  minimumWaitSeconds: z.number().check(z.int(), z.minimum(0), z.maximum(30)),
  checkIn: z.strictObject({ enabled: z.boolean(), weekday: z.number().check(z.int(), z.minimum(0), z.maximum(6)), hour }),
  draftReminders: z.boolean(),
  draftExpiryDays: z.number().check(z.int(), z.minimum(1), z.maximum(90)),
  repairDelayDays: z.number().check(z.int(), z.minimum(1), z.maximum(14)),
  retentionMonths: z.union([z.literal(0), z.literal(3), z.literal(6), z.literal(12)]),
  theme: z.enum(THEMES),
  badge: z.boolean(),
  syncSettings: z.boolean(),
  customKinds: z.array(CustomKind).check(z.maxLength(50)),
  onboarded: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  sites: Object.fromEntries(SUPPORTED_SITE_IDS.map((site) => [site, true])) as Record<SupportedSiteId, boolean>,
  addedSites: [],
  pauseMode: 'charged',
  sensitivity: 'balanced',
  profile: [],
  patternsOff: [],
  quietHours: { enabled: false, start: 23, end: 6 },
  snoozeUntil: 0,
  pauseSeconds: 12,
  minimumWaitSeconds: 0,
  checkIn: { enabled: false, weekday: 0, hour: 19 },
  draftReminders: true,
  draftExpiryDays: 7,
  repairDelayDays: 2,
  retentionMonths: 0,
  theme: 'system',
  badge: false,
  syncSettings: false,
  customKinds: [],
  onboarded: false,
};

/** Where a value that failed validation is kept, so nothing is silently dropped. */
export const QuarantineEntry = z.strictObject({
  key: z.string(),
  at: EpochMs,
  reason: z.string(),
  value: z.unknown(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntry>;
