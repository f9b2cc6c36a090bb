import type { RequestOf } from '../messaging';
import { putRecords } from '../storage';

export function putPageRecords(data: RequestOf<'page:put-records'>) {
  return putRecords(data.records, data.replacing);
}
