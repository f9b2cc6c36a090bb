import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { readDrafts } from '../storage';
import { addDueReminder, removeDueReminders, type DueReminder } from '../storage/reminders';

export const CHECK_IN_NOTIFICATION = 'steady-weekly-check-in';
export const DRAFT_NOTIFICATION = 'steady-draft-reminder:';

/** Where each reminder leads: the week for the check-in, the saved draft for a draft. */
export function reminderAddress(reminder: Pick<DueReminder, 'kind' | 'id'>): string {
  if (reminder.kind === 'check-in') return browser.runtime.getURL('/popup.html#summary');
  return browser.runtime.getURL(`/popup.html?draft=${encodeURIComponent(reminder.id)}#drafts`);
}

/** Whether a notification can be shown: only with the optional permission the person granted. */
export async function canNotify(): Promise<boolean> {
  return Boolean(browser.notifications) && (await browser.permissions.contains({ permissions: ['notifications'] }));
}

/**
 * Brings a reminder to the person: a notification when they allowed it, otherwise the
 * in-page fallback (a mark on the toolbar icon and a card in the popup).
 */
export async function remind(reminder: DueReminder): Promise<void> {
  if (await canNotify()) {
    const draft = reminder.kind === 'draft';
    await browser.notifications.create(draft ? DRAFT_NOTIFICATION + reminder.id : CHECK_IN_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icons/128.png'),
      title: t(draft ? 'popup_draftReminderTitle' : 'popup_checkInTitle'),
      message: t(draft ? 'popup_draftReminderBody' : 'popup_checkInBody'),
    });
    return;
  }
  await addDueReminder(reminder);
}

/** A saved draft's reminder: nothing if the draft was deleted or has expired since. */
export async function remindDraft(draftId: string, now = Date.now()): Promise<void> {
  if (!(await readDrafts(now)).some((draft) => draft.id === draftId)) return;
  await remind({ kind: 'draft', id: draftId, at: now });
}

function openFromNotification(id: string): void {
  const reminder =
    id === CHECK_IN_NOTIFICATION
      ? { kind: 'check-in' as const, id }
      : id.startsWith(DRAFT_NOTIFICATION)
        ? { kind: 'draft' as const, id: id.slice(DRAFT_NOTIFICATION.length) }
        : undefined;
  if (!reminder) return;
  void browser.notifications.clear(id);
  void browser.tabs.create({ url: reminderAddress(reminder) });
}

/** Clicks on Steady's notifications open what they remind of; listening starts once the permission exists. */
export function startReminderClicks(): void {
  let listening = false;
  const listen = () => {
    if (listening || !browser.notifications) return;
    browser.notifications.onClicked.addListener(openFromNotification);
    listening = true;
  };
  listen();
  browser.permissions.onAdded?.addListener(listen);
}

/** The popup showed a reminder, or its draft was deleted: it is no longer waiting. */
export async function remindersSeen(ids: string[]) {
  await removeDueReminders(ids);
  return { ok: true as const };
}
