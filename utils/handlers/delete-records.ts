import type { RequestOf } from '../messaging';
import { deleteRecords } from '../storage';

export async function deletePageRecords(data: RequestOf<'page:delete-records'>) {
  return { removed: await deleteRecords(data.refs) };
}
