import { browser } from 'wxt/browser';

/**
 * How a message travels, the same for every side: the envelope, the reply, and delivery
 * with retries. No schemas here: what a message may carry is checked by `./index` (the
 * worker and Steady's pages) and by hand in `./content` (content scripts).
 */

export type Envelope<Name extends string = string> = { name: Name; data: unknown };
export type Reply = { ok: true; data: unknown } | { ok: false; error: string };

export class MessageError extends Error {}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Exactly these own keys, no others (a key must be present even when its value is `undefined`). */
function hasKeys(value: Record<string, unknown>, ...keys: string[]): boolean {
  return Object.keys(value).length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

/** The envelope `{ name, data }` of a raw message; its name is for the receiver to check. */
export function readEnvelope(raw: unknown): Envelope | undefined {
  return isObject(raw) && hasKeys(raw, 'name', 'data') && typeof raw.name === 'string' ? { name: raw.name, data: raw.data } : undefined;
}

function readReply(raw: unknown): Reply | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.ok === true && hasKeys(raw, 'ok', 'data')) return { ok: true, data: raw.data };
  if (raw.ok === false && hasKeys(raw, 'ok', 'error') && typeof raw.error === 'string') return { ok: false, error: raw.error };
  return undefined;
}

const RETRY_DELAYS_MS = [100, 400];

/**
 * Hands a message to the background. If the worker stopped before answering, tries
 * again: every write is idempotent by id, so a retry never duplicates anything.
 */
async function deliver(envelope: Envelope): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await browser.runtime.sendMessage(envelope);
    } catch (error) {
      if (attempt >= RETRY_DELAYS_MS.length || !browser.runtime?.id) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
  }
}

/**
 * Sends a request to the background and returns its answer, once `read` has checked it
 * (`read` returns `undefined` for an answer of the wrong shape).
 */
export async function request<T>(name: string, data: unknown, read: (data: unknown) => T | undefined): Promise<T> {
  const reply = readReply(await deliver({ name, data }));
  if (!reply) throw new MessageError(`${name}: unreadable reply`);
  if (!reply.ok) throw new MessageError(reply.error);
  const response = read(reply.data);
  if (response === undefined) throw new MessageError(`${name}: unexpected reply`);
  return response;
}
