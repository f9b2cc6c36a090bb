import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { RecordId } from './schemas';
import { enqueueWrite } from './writer';

/**
 * The pauses the popup has already asked "How did it go?" about, answered or
 * dismissed, so each is asked once. Only the newest ids are kept: a pause older
 * than the follow-up window is never offered again anyway.
 */
export const ASKED_PAUSES_LIMIT = 500;
export const AskedPauses = z.array(RecordId).check(z.maxLength(ASKED_PAUSES_LIMIT));

export const askedPausesItem = storage.defineItem<string[]>('local:followUpsAsked', { fallback: [], version: 1 });

/** The stored ids; a damaged list reads as empty rather than asking nothing ever again. */
export async function readAskedPauses(): Promise<string[]> {
  const parsed = AskedPauses.safeParse(await askedPausesItem.getValue());
  return parsed.success ? parsed.data : [];
}

/** The background worker is the only caller (the popup asks it with `page:mark-asked`). */
export function markPausesAsked(pauseIds: string[]): Promise<void> {
  return enqueueWrite(async () => {
    const current = await readAskedPauses();
    const next = [...current.filter((id) => !pauseIds.includes(id)), ...pauseIds].slice(-ASKED_PAUSES_LIMIT);
    await askedPausesItem.setValue(AskedPauses.parse(next));
  });
}

export function watchAskedPauses(callback: (ids: string[]) => void): () => void {
  return askedPausesItem.watch((raw) => {
    const parsed = AskedPauses.safeParse(raw);
    callback(parsed.success ? parsed.data : []);
  });
}

/**
 * Until when no "How did it go?" card is shown: a day after any answer, so follow-ups
 * come at most once a day, and a day after "Not now", which leaves that pause to ask later.
 */
export const followUpsRestItem = storage.defineItem<number>('local:followUpsRestUntil', { fallback: 0, version: 1 });

export async function readFollowUpsRest(): Promise<number> {
  const value = await followUpsRestItem.getValue();
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function watchFollowUpsRest(callback: (until: number) => void): () => void {
  return followUpsRestItem.watch((value) => callback(typeof value === 'number' && Number.isFinite(value) ? value : 0));
}
