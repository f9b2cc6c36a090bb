import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type * as z from 'zod/mini';
import { monthOf } from './months';
import { enqueueWrite } from './writer';

/**
 * Values that failed validation are set aside, never dropped: kept like records, one key per
 * calendar month (UTC) in which they were set aside, with no cap. They count in the storage
 * the person sees in use, and the person can export or clear them from the options page.
 */
const MONTH_KEY = /^quarantine:(\d{4}-\d{2})$/;
/** Where earlier versions kept every set-aside value in one capped list: still read and cleared, never written. */
export const LEGACY_QUARANTINE_KEY = 'quarantine';

export type StorageWrite = Parameters<typeof storage.setItems>[0][number];
export type Quarantined = { key: string; value: unknown; reason: string };

/** Describes why a value failed validation by path and issue code only, never by content. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
}

/**
 * The writes that add `added` to the set-aside values, to be made in the same storage write
 * as the one that takes them out of their source: stopped at any moment, storage then holds
 * the old state or the new one, never a value in both places or in neither. Only for a task
 * already running in the write queue.
 */
export async function withQuarantined(added: Quarantined[], now = Date.now()): Promise<StorageWrite[]> {
  if (added.length === 0) return [];
  const key = `quarantine:${monthOf(now)}`;
  const stored: unknown = await storage.getItem(`local:${key}`);
  // A damaged list is itself set aside as the first entry of the new one.
  const entries: unknown[] = Array.isArray(stored) ? [...stored] : stored == null ? [] : [{ key, at: now, reason: 'not a list', value: stored }];
  for (const { key: from, value, reason } of added) entries.push({ key: from, at: now, reason, value });
  const [first] = added;
  console.warn(`[Steady] set aside ${added.length} invalid stored value(s), the first at "${first.key}" (${first.reason})`);
  return [{ key: `local:${key}`, value: entries }];
}

/** Sets one value aside on its own (for a value that has no stored source to take it out of). */
export function quarantine(key: string, value: unknown, reason: string): Promise<void> {
  return enqueueWrite(async () => storage.setItems(await withQuarantined([{ key, value, reason }])));
}

/** The storage keys that hold set-aside values: one per month, and the list earlier versions kept. */
function quarantineKeys(all: Record<string, unknown>): string[] {
  return Object.keys(all).filter((key) => key === LEGACY_QUARANTINE_KEY || MONTH_KEY.test(key));
}

/** Every set-aside value, oldest month first, exactly as stored (a direct read: any context may call it). */
export async function readQuarantine(): Promise<unknown[]> {
  const all = await browser.storage.local.get(null);
  return quarantineKeys(all)
    .sort((a, b) => (a === LEGACY_QUARANTINE_KEY ? -1 : b === LEGACY_QUARANTINE_KEY ? 1 : a.localeCompare(b)))
    .flatMap((key) => (Array.isArray(all[key]) ? all[key] : [{ key, reason: 'not a list', value: all[key] }]));
}

/** Forgets every set-aside value, when the person asks to. */
export function clearQuarantine(): Promise<number> {
  return enqueueWrite(async () => {
    const all = await browser.storage.local.get(null);
    const keys = quarantineKeys(all);
    const count = keys.reduce((sum, key) => sum + (Array.isArray(all[key]) ? all[key].length : 1), 0);
    if (keys.length > 0) await browser.storage.local.remove(keys.flatMap((key) => [key, `${key}$`]));
    return count;
  });
}
