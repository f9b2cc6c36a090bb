import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { EpochMs, RecordId } from './schemas';
import { enqueueWrite } from './writer';

/**
 * Reminders that came due while Steady could not show a notification (the person
 * did not grant it). The toolbar badge and a card in the popup show them until seen.
 */
export const DueReminder = z.discriminatedUnion('kind', [
  /** A saved draft's reminder; its id is the draft's id. */
  z.strictObject({ kind: z.literal('draft'), id: RecordId, at: EpochMs }),
  z.strictObject({ kind: z.literal('check-in'), id: z.literal('check-in'), at: EpochMs }),
]);
export type DueReminder = z.infer<typeof DueReminder>;
const DueReminders = z.array(DueReminder).check(z.maxLength(100));

export const dueRemindersItem = storage.defineItem<DueReminder[]>('local:remindersDue', { fallback: [], version: 1 });

/** The stored reminders; a damaged list reads as none rather than blocking the popup. */
export async function readDueReminders(): Promise<DueReminder[]> {
  return DueReminders.safeParse(await dueRemindersItem.getValue()).data ?? [];
}

/** Adds a reminder, replacing one with the same id (a check-in due twice is one card). */
export function addDueReminder(reminder: DueReminder): Promise<void> {
  return enqueueWrite(async () => {
    const current = (await readDueReminders()).filter((due) => due.id !== reminder.id);
    await dueRemindersItem.setValue([...current, reminder].slice(-100));
  });
}

export function removeDueReminders(ids: string[]): Promise<void> {
  return enqueueWrite(async () => {
    const current = await readDueReminders();
    const next = current.filter((due) => !ids.includes(due.id));
    if (next.length !== current.length) await dueRemindersItem.setValue(next);
  });
}

export function watchDueReminders(callback: (reminders: DueReminder[]) => void): () => void {
  return dueRemindersItem.watch((raw) => callback(DueReminders.safeParse(raw).data ?? []));
}
