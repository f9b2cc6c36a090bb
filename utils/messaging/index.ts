import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import {
  GroundingSession,
  JournalRecord,
  MicroMoment,
  Origin,
  PAUSE_OUTCOMES,
  PAUSE_TRIGGERS,
  PatternId,
  RecordId as id,
  Rupture,
  Settings,
  SiteId,
} from '../storage/schemas';
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

/** What a content script needs to decide about a pause: settings, never records. */
export const ContentConfig = z.strictObject({
  settings: z.pick(Settings, {
    sites: true,
    addedSites: true,
    pauseMode: true,
    sensitivity: true,
    profile: true,
    quietHours: true,
    snoozeUntil: true,
    pauseSeconds: true,
    minimumWaitSeconds: true,
    draftReminders: true,
    theme: true,
  }),
  /** Counts only: how often reaching out went fine, for the overlay's evidence line. */
  evidence: z.strictObject({ momentsThisMonth: z.number(), reachingOutThisMonth: z.number() }),
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
  pauseId: z.optional(id),
  site: SiteId,
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
  /** Minutes until a reminder; absent for no reminder. */
  remindInMinutes: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(60 * 24 * 14))),
});

export const ImportResult = z.strictObject({ added: z.number(), skipped: z.number() });

export const protocol = {
  'content:get-config': { from: 'content', request: empty, response: ContentConfig },
  'content:pause-opened': { from: 'content', request: PauseOpened, response: ok },
  'content:pause-closed': { from: 'content', request: PauseClosed, response: ok },
  'content:save-draft': { from: 'content', request: DraftToSave, response: z.strictObject({ id }) },
  /** Puts the pause kit (analyzer and overlay) into the sender's frame (see `utils/pause/kit-loader`). */
  'content:load-kit': { from: 'content', request: empty, response: ok },
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
  'page:export': { from: 'page', request: empty, response: z.strictObject({ json: z.string() }) },
  'page:import': { from: 'page', request: z.strictObject({ json: z.string() }), response: ImportResult },
  'page:delete-all': { from: 'page', request: empty, response: ok },
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
