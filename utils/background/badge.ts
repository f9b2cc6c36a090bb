import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { readRange, readSettings } from '../storage';
import { readDueReminders } from '../storage/reminders';

/** The mark for reminders waiting in the popup (when notifications are not allowed). */
export const REMINDER_BADGE = '•';

/** Monday 00:00 local time of the week `now` falls in. */
export function startOfWeek(now: Date): number {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day.getTime();
}

/** The badge text: empty for none, since an empty week is no failure and should not look like one. */
export function badgeText(moments: number): string {
  if (moments <= 0) return '';
  return moments > 999 ? '999+' : String(moments);
}

/** Shows a waiting reminder, else the moments logged this week on the toolbar icon, or nothing when the badge is off. */
export async function refreshBadge(now = new Date()): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  // A waiting reminder shows even with the weekly count off: the person asked to be reminded.
  const waiting = (await readDueReminders()).length > 0;
  await action.setTitle({ title: waiting ? t('popup_reminderWaitingTitle') : 'Steady' });
  if (waiting) {
    await action.setBadgeBackgroundColor({ color: '#8a4b08' });
    await action.setBadgeText({ text: REMINDER_BADGE });
    return;
  }
  const { badge } = await readSettings();
  if (!badge) {
    await action.setBadgeText({ text: '' });
    return;
  }
  const records = await readRange(startOfWeek(now), now.getTime());
  await action.setBadgeBackgroundColor({ color: '#2f6f68' });
  await action.setBadgeText({ text: badgeText(records.filter((record) => record.type === 'moment').length) });
}

/** Keeps the badge current: at worker start, and whenever settings or records change. */
export function startBadge(): void {
  void refreshBadge();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (Object.keys(changes).some((key) => key === 'settings' || key === 'remindersDue' || key.startsWith('journal:'))) void refreshBadge();
  });
}
