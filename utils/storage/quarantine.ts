import { storage } from 'wxt/utils/storage';
import type * as z from 'zod/mini';
import { QuarantineEntry } from './schemas';

const MAX_ENTRIES = 500;

export const quarantineItem = storage.defineItem<QuarantineEntry[]>('local:quarantine', {
  fallback: [],
  version: 1,
});

/** Describes why a value failed validation by path and issue code only, never by content. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`)
    .join('; ');
}

export type Quarantined = { key: string; value: unknown; reason: string };

/**
 * The quarantine with `added` appended, to be written in the same storage write as the
 * value they were taken out of: stopped at any moment, storage then holds the old state
 * or the new one, never an entry in both places or in neither.
 */
export async function withQuarantined(added: Quarantined[]): Promise<{ item: typeof quarantineItem; value: QuarantineEntry[] }> {
  const stored: unknown = await quarantineItem.getValue();
  const entries = Array.isArray(stored) ? stored.filter((entry): entry is QuarantineEntry => QuarantineEntry.safeParse(entry).success) : [];
  for (const { key, value, reason } of added) {
    entries.push({ key, at: Date.now(), reason, value });
    console.warn(`[Steady] set aside an invalid stored value at "${key}" (${reason})`);
  }
  return { item: quarantineItem, value: entries.slice(-MAX_ENTRIES) };
}

/** Keeps an invalid stored value aside instead of dropping it, and reports it without its content. */
export async function quarantine(key: string, value: unknown, reason: string): Promise<void> {
  const { value: entries } = await withQuarantined([{ key, value, reason }]);
  await quarantineItem.setValue(entries);
}
