import { storage } from 'wxt/utils/storage';
import { SavedDraft } from './schemas';
import { describeIssues, withQuarantined } from './quarantine';
import { enqueueWrite } from './writer';
import { DRAFT_LIMIT } from './values';

export const draftsItem = storage.defineItem<SavedDraft[]>('local:drafts', { fallback: [], version: 1 });

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

/**
 * How much "Save for later" keeps: at most this many drafts, and this much text in all, so a
 * content script can never fill the person's storage. A save past either is refused, and the
 * overlay says so.
 */
export const MAX_SAVED_DRAFTS = 100;
export const MAX_SAVED_DRAFT_CHARS = 500_000;

async function store(drafts: SavedDraft[], invalid: Array<{ value: unknown; reason: string }>): Promise<void> {
  const setAside = await withQuarantined(invalid.map((entry) => ({ key: 'drafts', value: entry.value, reason: entry.reason })));
  await storage.setItems([{ item: draftsItem, value: drafts }, ...setAside]);
}

/** One storage write: the changed drafts and whatever failed validation, set aside. */
function rewrite(change: (drafts: SavedDraft[]) => SavedDraft[]): Promise<void> {
  return enqueueWrite(async () => {
    const { drafts, invalid } = validateDrafts(await draftsItem.getValue());
    await store(change(drafts), invalid);
  });
}

/**
 * Keeps a draft the person chose to save. Its id was made where they chose, so a retried save
 * finds it stored and changes nothing (returns false). Past the caps it throws `DRAFT_LIMIT`.
 */
export function addDraft(draft: SavedDraft, now = Date.now()): Promise<boolean> {
  return enqueueWrite(async () => {
    const { drafts, invalid } = validateDrafts(await draftsItem.getValue());
    if (drafts.some((saved) => saved.id === draft.id)) return false;
    const kept = drafts.filter((saved) => saved.expiresAt > now);
    const chars = kept.reduce((sum, saved) => sum + saved.text.length, draft.text.length);
    if (kept.length >= MAX_SAVED_DRAFTS || chars > MAX_SAVED_DRAFT_CHARS) throw new Error(DRAFT_LIMIT);
    await store([...kept, draft], invalid);
    return true;
  });
}

/** Saves a draft; saving the same id again replaces it. */
export function putDraft(draft: SavedDraft): Promise<void> {
  return rewrite((drafts) => [...drafts.filter((existing) => existing.id !== draft.id), draft]);
}

export function deleteDrafts(ids: string[]): Promise<void> {
  return rewrite((drafts) => drafts.filter((draft) => !ids.includes(draft.id)));
}

export function purgeExpiredDrafts(now = Date.now()): Promise<void> {
  return rewrite((drafts) => drafts.filter((draft) => draft.expiresAt > now));
}
