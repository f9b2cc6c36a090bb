import { browser } from 'wxt/browser';
import type { RequestOf } from '../messaging';
import { deleteDrafts } from '../storage';
import { removeDueReminders } from '../storage/reminders';
import { DRAFT_REMINDER_ALARM } from './save-draft';

export async function deletePageDrafts(data: RequestOf<'page:delete-drafts'>) {
  await deleteDrafts(data.ids);
  await Promise.all(data.ids.map((id) => browser.alarms.clear(DRAFT_REMINDER_ALARM + id)));
  await removeDueReminders(data.ids);
  return { ok: true as const };
}
