import { storage } from 'wxt/utils/storage';
import { SavedDraft } from './schemas';
import { describeIssues, quarantine } from './quarantine';
import { createSerialQueue } from './serial';

export const draftsItem = storage.defineItem<SavedDraft[]>('local:drafts', { fallback: [], version: 1 });

const enqueue = createSerialQueue();

export function validateDrafts(raw: unknown): { drafts: SavedDraft[]; invalid: Array<{ value: unknown; reason: string }> } {
  const list = Array.isArray(raw) ? raw : [];
  const drafts: SavedDraft[] = [];
  const invalid: Array<{ value: unknown; reason: string }> = [];
  if (raw != null && !Array.isArray(raw)) invalid.push({ value: raw, reason: 'not a list' });
  for (const value of list) {
    const parsed = SavedDraft.safeParse(value);
    if (parsed.success) drafts.push(parsed.data);
    else invalid.push({ value, reason: describeIssues(parsed.error) });
  }
  return { drafts, invalid };
}

/** Saved drafts that have not expired, newest first. */
export async function readDrafts(now = Date.now()): Promise<SavedDraft[]> {
  return validateDrafts(await draftsItem.getValue())
    .drafts.filter((draft) => draft.expiresAt > now)
    .sort((a, b) => b.at - a.at);
}

async function rewrite(change: (drafts: SavedDraft[]) => SavedDraft[]): Promise<void> {
  const { drafts, invalid } = validateDrafts(await draftsItem.getValue());
  for (const entry of invalid) await quarantine('drafts', entry.value, entry.reason);
  await draftsItem.setValue(change(drafts));
}

/** Saves a draft; saving the same id again replaces it. */
export function putDraft(draft: SavedDraft): Promise<void> {
  return enqueue(() => rewrite((drafts) => [...drafts.filter((existing) => existing.id !== draft.id), draft]));
}

export function deleteDrafts(ids: string[]): Promise<void> {
  return enqueue(() => rewrite((drafts) => drafts.filter((draft) => !ids.includes(draft.id))));
}

export function purgeExpiredDrafts(now = Date.now()): Promise<void> {
  return enqueue(() => rewrite((drafts) => drafts.filter((draft) => draft.expiresAt > now)));
}
