import { sendMessage, type RequestOf } from '@/utils/messaging';
import type { JournalRecord } from '@/utils/storage';
import { t } from '@/utils/i18n';
import { announce } from './status';

type PageRecord = RequestOf<'page:put-records'>['records'][number];

/** Why a write failed, in the person's words: storage that is full gets a message of its own. */
export function saveFailedMessage(error: unknown): string {
  return error instanceof Error && /quota/i.test(error.message) ? t('popup_storageFull') : t('popup_saveFailed');
}

/** Writes records through the background (the journal's only writer) and says so. */
export async function saveRecords(records: PageRecord[], message: string, replacing?: Array<{ id: string; at: number }>) {
  try {
    await sendMessage('page:put-records', { records, ...(replacing ? { replacing } : {}) });
    announce(message);
    return true;
  } catch (error) {
    announce(saveFailedMessage(error));
    return false;
  }
}

const restorable = (record: JournalRecord): record is PageRecord => record.type !== 'pause';

/** Deletes records and offers Undo, which puts back exactly what was removed. */
export async function deleteWithUndo(refs: Array<{ id: string; at: number }>, message: string) {
  try {
    const { removed } = await sendMessage('page:delete-records', { refs });
    announce(message, async () => {
      await saveRecords(removed.filter(restorable), t('popup_restored'));
    });
  } catch (error) {
    announce(saveFailedMessage(error));
  }
}
