import { browser } from 'wxt/browser';
import type { RequestOf } from '../messaging';
import { putDraft, readSettings } from '../storage';
import { newId } from '../ids';

export const DRAFT_REMINDER_ALARM = 'draft-reminder:';
const DAY_MS = 86_400_000;

/** Keeps the text the person chose to save, with an optional reminder alarm. */
export async function saveDraft(data: RequestOf<'content:save-draft'>, now = Date.now()) {
  const settings = await readSettings();
  const id = newId();
  const remindAt = data.remindInMinutes && settings.draftReminders ? now + data.remindInMinutes * 60_000 : undefined;
  await putDraft({ id, at: now, site: data.site, text: data.text, expiresAt: now + settings.draftExpiryDays * DAY_MS, remindAt, pauseId: data.pauseId });
  if (remindAt) await browser.alarms.create(DRAFT_REMINDER_ALARM + id, { when: remindAt });
  return { id };
}
