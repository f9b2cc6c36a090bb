import { browser } from 'wxt/browser';
import type { RequestOf } from '../messaging';
import { deleteDrafts } from '../storage';
import { DRAFT_REMINDER_ALARM } from './save-draft';

export async function deletePageDrafts(data: RequestOf<'page:delete-drafts'>) {
  await deleteDrafts(data.ids);
  await Promise.all(data.ids.map((id) => browser.alarms.clear(DRAFT_REMINDER_ALARM + id)));
  return { ok: true as const };
}
