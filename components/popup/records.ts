import { sendMessage, type RequestOf } from '@/utils/messaging';
import type { JournalRecord } from '@/utils/storage';
import { t } from '@/utils/i18n';
import { announce } from './status';

type PageRecord = RequestOf<'page:put-records'>['records'][number];

/** Writes records through the background (the journal's only writer) and says so. */
export async function saveRecords(records: PageRecord[], message: string, replacing?: Array<{ id: string; at: number }>) {
  try {
    await sendMessage('page:put-records', { records, ...(replacing ? { replacing } : {}) });
    announce(message);
    return true;
  } catch {
    announce(t('popup_saveFailed'));
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
  } catch {
    announce(t('popup_saveFailed'));
  }
}
