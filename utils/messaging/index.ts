import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import {
  GroundingSession,
  JournalRecord,
  MicroMoment,
  Origin,
  EpochMs,
  FeedbackPatterns,
  PAUSE_FEEDBACK,
  PAUSE_OUTCOMES,
  PAUSE_TRIGGERS,
  PatternId,
  RecordId as id,
  Rupture,
  Settings,
  SiteId,
} from '../storage/schemas';
import { LEARNED_LINES_LIMIT } from '../learning/calibration';
import { readEnvelope, request, type Envelope as AnyEnvelope, type Reply } from './transport';

/**
 * The whole message protocol. Names say who sends: `content:*` from content scripts,
 * `page:*` from Steady's own pages (popup, options, onboarding, practice),
 * `background:*` from the worker. Every request and response has a schema, and the
 * worker and pages validate with `safeParse` before acting. Content scripts do not
 * load these schemas: `./content` checks the few answers and pushes they receive.
 */

const empty = z.strictObject({});
const ok = z.strictObject({ ok: z.literal(true) });
const given = z.strictObject({ given: z.boolean() });

/** What a content script needs to decide about a pause: settings, never records. */
export const ContentConfig = z.strictObject({
  settings: z.pick(Settings, {
    sites: true,
    addedSites: true,
    pauseMode: true,
    sensitivity: true,
    profile: true,
    patternsOff: true,
    quietHours: true,
    snoozeUntil: true,
    pauseSeconds: true,
    minimumWaitSeconds: true,
    draftReminders: true,
    theme: true,
  }),
  /** Counts only, never words: the person's own evidence, for the overlay's lines at the moment of fear. */
  evidence: z.strictObject({
    momentsThisMonth: z.number(),
    reachingOutThisMonth: z.number(),
    /** The person's last pauses where they waited (kept editing or saved), and how many of those they said went fine. */
    waited: z.number(),
    waitedWentFine: z.number(),
    /** Ruptures repaired this month. */
    repairsThisMonth: z.number(),
  }),
  /** Where the person taught Steady to wait for stronger signs: the score each pattern now waits for, per site. */
  learned: z
    .array(z.strictObject({ site: SiteId, pattern: PatternId, waitsFor: z.number().check(z.minimum(0), z.maximum(1)) }))
    .check(z.maxLength(LEARNED_LINES_LIMIT)),
});
export type ContentConfig = z.infer<typeof ContentConfig>;

export const PauseOpened = z.strictObject({
  pauseId: id,
  site: SiteId,
  trigger: z.enum(PAUSE_TRIGGERS),
  patterns: z.array(PatternId).check(z.maxLength(10)),
  score: z.number().check(z.minimum(0), z.maximum(1)),
});

/** A finished pause carries everything needed to record it, so no worker memory is relied on. */
export const PauseClosed = z.strictObject({
  ...PauseOpened.shape,
  outcome: z.enum(PAUSE_OUTCOMES),
  durationMs: z.number().check(z.int(), z.minimum(0), z.maximum(86_400_000)),
});

export const DraftToSave = z.strictObject({
  /** Made where the person chose to save, so a retried message saves the draft once. */
  id,
  pauseId: z.optional(id),
  site: SiteId,
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
  subject: z.optional(z.string().check(z.minLength(1), z.maxLength(1_000))),
  /** Minutes until a reminder; absent for no reminder. */
  remindInMinutes: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(60 * 24 * 14))),
});

export const ImportResult = z.strictObject({ added: z.number(), skipped: z.number(), unreadable: z.number() });

/** What an import would add, by kind, and the entries it would leave out (the first few, by place). */
export const ImportPreview = z.strictObject({
  moments: z.number(),
  pauses: z.number(),
  grounding: z.number(),
  ruptures: z.number(),
  drafts: z.number(),
  skipped: z.number(),
  unreadable: z.array(
    z.strictObject({ part: z.enum(['record', 'draft', 'settings']), entry: z.number(), type: z.optional(z.enum(['pause', 'moment', 'grounding', 'rupture'])) }),
  ),
  unreadableCount: z.number(),
});

/**
 * A change to the settings, applied by the worker to the settings as they are when the write
 * queue reaches it: `patch` replaces fields (`sites` entries are merged, one switch at a time),
 * `add` joins entries to list fields, so two pages adding at once both keep what they added.
 */
export const SettingsChangeRequest = z.strictObject({
  patch: z.optional(z.partial(Settings)),
  add: z.optional(z.strictObject({ profile: z.optional(Settings.shape.profile), customKinds: z.optional(Settings.shape.customKinds) })),
});

export const protocol = {
  'content:get-config': { from: 'content', request: empty, response: ContentConfig },
  'content:pause-opened': { from: 'content', request: PauseOpened, response: ok },
  'content:pause-closed': { from: 'content', request: PauseClosed, response: ok },
  'content:save-draft': { from: 'content', request: DraftToSave, response: z.strictObject({ id }) },
  /** Puts the pause kit (analyzer and overlay) into the sender's frame (see `utils/pause/kit-loader`). */
  'content:load-kit': { from: 'content', request: empty, response: ok },
  /** The person's one-tap word on a pause that just closed; `given` is false when it was answered already. */
  'content:pause-feedback': { from: 'content', request: z.strictObject({ pauseId: id, site: SiteId, answer: z.enum(PAUSE_FEEDBACK) }), response: given },
  /** Opens the popup's breathing exercise, from the pause overlay. */
  'content:start-breathing': { from: 'content', request: empty, response: ok },
  'page:put-records': {
    from: 'page',
    request: z.strictObject({
      records: z.array(z.discriminatedUnion('type', [MicroMoment, GroundingSession, Rupture])).check(z.maxLength(1000)),
      /** Where edited records were kept before, when an edit may move them to another month. */
      replacing: z.optional(z.array(z.strictObject({ id, at: z.number() })).check(z.maxLength(1000))),
    }),
    response: z.strictObject({ written: z.number() }),
  },
  'page:delete-records': {
    from: 'page',
    request: z.strictObject({ refs: z.array(z.strictObject({ id, at: z.number() })).check(z.maxLength(1000)) }),
    response: z.strictObject({ removed: z.array(JournalRecord) }),
  },
  'page:delete-drafts': { from: 'page', request: z.strictObject({ ids: z.array(id).check(z.maxLength(1000)) }), response: ok },
  'page:update-settings': { from: 'page', request: SettingsChangeRequest, response: z.strictObject({ settings: Settings }) },
  /** The popup asked "How did it go?" about these pauses (answered or dismissed). */
  'page:mark-asked': { from: 'page', request: z.strictObject({ pauseIds: z.array(id).check(z.minLength(1), z.maxLength(100)) }), response: ok },
  'page:export': { from: 'page', request: empty, response: z.strictObject({ json: z.string() }) },
  'page:import-preview': { from: 'page', request: z.strictObject({ json: z.string() }), response: ImportPreview },
  'page:import': { from: 'page', request: z.strictObject({ json: z.string() }), response: ImportResult },
  /** The values Steady set aside because it could not read them: exported whole, or cleared. */
  'page:export-set-aside': { from: 'page', request: empty, response: z.strictObject({ json: z.string() }) },
  'page:clear-set-aside': { from: 'page', request: empty, response: z.strictObject({ cleared: z.number() }) },
  'page:delete-all': { from: 'page', request: empty, response: ok },
  /** An answer to "How did it go?": `later` asks again another day, `never` and `answered` close it. */
  'page:follow-up': { from: 'page', request: z.strictObject({ pauseId: id, answer: z.enum(['answered', 'later', 'never']) }), response: ok },
  /** The same word from the follow-up card, which knows when the pause started. */
  /** With `patterns`, narrows an answer already given to the noticed patterns it was about (once). */
  'page:pause-feedback': {
    from: 'page',
    request: z.strictObject({
      pauseId: id,
      at: EpochMs,
      answer: z.enum(PAUSE_FEEDBACK),
      patterns: z.optional(FeedbackPatterns),
    }),
    response: given,
  },
  /** Forgets what one line of "What Steady has learned" taught (by its key), or all of it, as of when the person asked. */
  'page:reset-learning': {
    from: 'page',
    request: z.strictObject({ line: z.optional(z.string().check(z.minLength(1), z.maxLength(300))), at: EpochMs }),
    response: ok,
  },
  /** The popup showed reminders that were waiting (or their drafts are gone): they stop waiting. */
  'page:reminders-seen': { from: 'page', request: z.strictObject({ ids: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(100)) }), response: ok },
  'page:add-site': { from: 'page', request: z.strictObject({ origin: Origin }), response: ok },
  'page:remove-site': { from: 'page', request: z.strictObject({ origin: Origin }), response: ok },
  'background:config-changed': { from: 'background', request: ContentConfig, response: ok },
} as const;

export type MessageName = keyof typeof protocol;
export type RequestOf<N extends MessageName> = z.infer<(typeof protocol)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof protocol)[N]['response']>;
export type Envelope = AnyEnvelope<MessageName>;

/** Sends a request to the background and validates its answer. */
export function sendMessage<N extends MessageName>(name: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  return request(name, data, (response) => protocol[name].response.safeParse(response).data as ResponseOf<N> | undefined);
}

/** Who sent a message, judged from the browser's own `sender` record. */
export function senderKind(sender: Browser.runtime.MessageSender): 'page' | 'content' | 'foreign' {
  if (sender.id !== browser.runtime.id) return 'foreign';
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const url = sender.url ?? sender.origin ?? '';
  let origin = '';
  try {
    origin = new URL(url).origin;
  } catch {
    return 'foreign';
  }
  return origin === extensionOrigin ? 'page' : 'content';
}

export type Handler<N extends MessageName> = (data: RequestOf<N>, sender: Browser.runtime.MessageSender) => Promise<ResponseOf<N>>;
export type HandlerTable = { [N in MessageName as (typeof protocol)[N]['from'] extends 'background' ? never : N]: Handler<N> };

/**
 * Validates an incoming message, checks that its sender may send it, and runs its
 * handler. Never throws: every failure becomes an `{ ok: false }` reply.
 */
export async function dispatch(handlers: HandlerTable, raw: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
  const envelope = readEnvelope(raw);
  if (!envelope || !Object.hasOwn(protocol, envelope.name)) return { ok: false, error: 'unknown message' };
  const name = envelope.name as MessageName;
  const spec = protocol[name];
  const kind = senderKind(sender);
  if (spec.from === 'background' || kind === 'foreign' || (spec.from === 'page' && kind !== 'page')) {
    return { ok: false, error: `${name}: not allowed from this sender` };
  }
  const parsed = spec.request.safeParse(envelope.data);
  if (!parsed.success) return { ok: false, error: `${name}: invalid request` };
  try {
    const handler = handlers[name as keyof HandlerTable] as (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.data, sender) };
  } catch (error) {
    return { ok: false, error: `${name}: ${error instanceof Error ? error.message : 'failed'}` };
  }
}
