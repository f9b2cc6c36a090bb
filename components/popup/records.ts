import type { RequestOf } from '@/utils/messaging';
import { send } from './send';
import type { JournalRecord } from '@/utils/storage';
import { t } from '@/utils/i18n';
import { announce, type Status } from './status';

type PageRecord = RequestOf<'page:put-records'>['records'][number];
type Ref = { id: string; at: number };
/** Where the result is said, and how (see `Status`). */
export type SaveOptions = Partial<Pick<Status, 'place' | 'view' | 'focus'>> & {
  replacing?: Ref[];
  /** New records: offer Undo, which deletes them again. */
  undoable?: boolean;
};

/** Why a write failed, in the person's words: storage that is full gets a message of its own. */
export function saveFailedMessage(error: unknown): string {
  return error instanceof Error && /quota/i.test(error.message) ? t('popup_storageFull') : t('popup_saveFailed');
}

/** Writes records through the background (the journal's only writer) and says so, where the person acted. */
export async function saveRecords(records: PageRecord[], message: string, options: SaveOptions = {}) {
  const { replacing, undoable, ...where } = options;
  try {
    await send('page:put-records', { records, ...(replacing ? { replacing } : {}) });
    const refs = records.map(({ id, at }) => ({ id, at }));
    announce(message, { ...where, ...(undoable ? { undo: () => undoSave(refs, where) } : {}) });
    return true;
  } catch (error) {
    announce(saveFailedMessage(error), where);
    return false;
  }
}

async function undoSave(refs: Ref[], where: Omit<SaveOptions, 'replacing' | 'undoable'>) {
  try {
    await send('page:delete-records', { refs });
    announce(t('popup_undone'), where);
  } catch (error) {
    announce(saveFailedMessage(error), where);
  }
}

const restorable = (record: JournalRecord): record is PageRecord => record.type !== 'pause';

/** Deletes records and offers Undo, which puts back exactly what was removed; focus goes to Undo, as the item is gone. */
export async function deleteWithUndo(refs: Ref[], message: string) {
  try {
    const { removed } = await send('page:delete-records', { refs });
    announce(message, {
      focus: true,
      undo: async () => {
        await saveRecords(removed.filter(restorable), t('popup_restored'));
      },
    });
  } catch (error) {
    announce(saveFailedMessage(error));
  }
}
