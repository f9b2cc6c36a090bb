import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { PauseOpened } from '../messaging';
import { enqueueWrite } from './writer';

/**
 * Pauses whose overlay is open right now, kept in session storage (not worker
 * memory) so a pause survives the worker going idle, and a closed tab can still
 * be recorded as "left the page".
 */
export const OpenPause = z.strictObject({ ...PauseOpened.shape, tabId: z.number(), frameId: z.number(), startedAt: z.number() });
export type OpenPause = z.infer<typeof OpenPause>;

export const openPausesItem = storage.defineItem<Record<string, OpenPause>>('session:openPauses', { fallback: {}, version: 1 });

export async function readOpenPauses(): Promise<OpenPause[]> {
  const raw = await openPausesItem.getValue();
  return Object.values(raw ?? {}).filter((value) => OpenPause.safeParse(value).success);
}

/**
 * Notes a pause as open, unless `alreadyEnded` says it was recorded already (its closing
 * message overtook this one), so no entry is left behind for a pause that is over.
 */
export function addOpenPause(pause: OpenPause, alreadyEnded: () => Promise<boolean>): Promise<void> {
  return enqueueWrite(async () => {
    const current = Object.fromEntries((await readOpenPauses()).map((entry) => [entry.pauseId, entry]));
    const known = current[pause.pauseId];
    if (known && known.tabId !== pause.tabId) throw new Error('that pause is open in another tab');
    if (known || (await alreadyEnded())) return;
    await openPausesItem.setValue({ ...current, [pause.pauseId]: pause });
  });
}

export function removeOpenPauses(pauseIds: string[]): Promise<void> {
  return enqueueWrite(async () => {
    const remaining = (await readOpenPauses()).filter((entry) => !pauseIds.includes(entry.pauseId));
    await openPausesItem.setValue(Object.fromEntries(remaining.map((entry) => [entry.pauseId, entry])));
  });
}
