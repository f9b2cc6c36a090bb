import type { ContentConfig, MessageName, RequestOf, ResponseOf, protocol } from './index';
import { isObject, readEnvelope, request } from './transport';
import { PATTERN_IDS, PAUSE_MODES, SENSITIVITIES, THEMES } from '../storage/values';

/**
 * The message side of a content script. A content script runs on every supported page,
 * so it carries no schema library: it checks the few answers and pushes it receives by
 * hand, for the shape it relies on. The worker, the only one that acts on what content
 * scripts send, validates every request against the full schemas in `./index`.
 */

export type ContentMessage = { [N in MessageName]: (typeof protocol)[N]['from'] extends 'content' ? N : never }[MessageName];

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isString = (value: unknown): value is string => typeof value === 'string';
const oneOf =
  <T>(values: readonly T[]) =>
  (value: unknown): value is T =>
    values.includes(value as T);
const arrayOf =
  <T>(item: (value: unknown) => value is T) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.every(item);

function isPauseSettings(value: unknown): value is ContentConfig['settings'] {
  if (!isObject(value)) return false;
  const { quietHours } = value;
  return (
    isObject(value.sites) &&
    Object.values(value.sites).every(isBoolean) &&
    arrayOf(isString)(value.addedSites) &&
    oneOf(PAUSE_MODES)(value.pauseMode) &&
    oneOf(SENSITIVITIES)(value.sensitivity) &&
    arrayOf(oneOf(PATTERN_IDS))(value.profile) &&
    isObject(quietHours) &&
    isBoolean(quietHours.enabled) &&
    isNumber(quietHours.start) &&
    isNumber(quietHours.end) &&
    isNumber(value.snoozeUntil) &&
    isNumber(value.pauseSeconds) &&
    isNumber(value.minimumWaitSeconds) &&
    isBoolean(value.draftReminders) &&
    oneOf(THEMES)(value.theme)
  );
}

export function isContentConfig(value: unknown): value is ContentConfig {
  return (
    isObject(value) &&
    isPauseSettings(value.settings) &&
    isObject(value.evidence) &&
    isNumber(value.evidence.momentsThisMonth) &&
    isNumber(value.evidence.reachingOutThisMonth) &&
    isNumber(value.evidence.waited) &&
    isNumber(value.evidence.waitedWentFine) &&
    isNumber(value.evidence.repairsThisMonth) &&
    Array.isArray(value.learned) &&
    value.learned.every((line) => isObject(line) && isString(line.site) && oneOf(PATTERN_IDS)(line.pattern) && isNumber(line.waitsFor))
  );
}

const isOk = (value: unknown): value is { ok: true } => isObject(value) && value.ok === true;

/** How each answer a content script may receive is checked. */
const ANSWERS: { [N in ContentMessage]: (value: unknown) => value is ResponseOf<N> } = {
  'content:get-config': isContentConfig,
  'content:pause-opened': isOk,
  'content:pause-closed': isOk,
  'content:load-kit': isOk,
  'content:start-breathing': isOk,
  'content:pause-feedback': (value): value is { given: boolean } => isObject(value) && isBoolean(value.given),
  'content:save-draft': (value): value is { id: string } => isObject(value) && isString(value.id),
};

/** Sends one of the content messages to the background and checks its answer. */
export function sendMessage<N extends ContentMessage>(name: N, data: RequestOf<N>): Promise<ResponseOf<N>> {
  const answers = ANSWERS[name] as (value: unknown) => value is ResponseOf<N>;
  return request(name, data, (response) => (answers(response) ? response : undefined));
}

/** The settings the background pushed after a change; `undefined` for any other message. */
export function readConfigPush(raw: unknown): ContentConfig | undefined {
  const envelope = readEnvelope(raw);
  return envelope?.name === 'background:config-changed' && isContentConfig(envelope.data) ? envelope.data : undefined;
}
