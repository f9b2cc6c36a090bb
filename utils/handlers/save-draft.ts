import { browser, type Browser } from 'wxt/browser';
import type { RequestOf } from '../messaging';
import { addDraft, readSettings } from '../storage';
import { siteMatchesSender } from './sender-site';

export const DRAFT_REMINDER_ALARM = 'draft-reminder:';
const DAY_MS = 86_400_000;

/**
 * Keeps the text the person chose to save, with an optional reminder alarm. Sent twice (a retry
 * after the worker stopped), the second changes nothing: the draft and its reminder exist once.
 */
export async function saveDraft(data: RequestOf<'content:save-draft'>, sender: Browser.runtime.MessageSender, now = Date.now()) {
  if (!siteMatchesSender(data.site, sender)) throw new Error('site does not match the sender');
  const settings = await readSettings();
  const { id } = data;
  const remindAt = data.remindInMinutes && settings.draftReminders ? now + data.remindInMinutes * 60_000 : undefined;
  const added = await addDraft(
    {
      id,
      at: now,
      site: data.site,
      text: data.text,
      subject: data.subject,
      expiresAt: now + settings.draftExpiryDays * DAY_MS,
      remindAt,
      pauseId: data.pauseId,
    },
    now,
  );
  if (added && remindAt) await browser.alarms.create(DRAFT_REMINDER_ALARM + id, { when: remindAt });
  return { id };
}
