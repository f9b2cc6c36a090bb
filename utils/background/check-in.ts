import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { readSettings, watchSettings, type Settings } from '../storage';

export const CHECK_IN_ALARM = 'weekly-check-in';
const CHECK_IN_NOTIFICATION = 'steady-weekly-check-in';

/** The next time on the chosen weekday and hour (local time) after `now`. */
export function nextCheckIn(checkIn: Settings['checkIn'], now = Date.now()): number {
  const date = new Date(now);
  const ahead = (checkIn.weekday - date.getDay() + 7) % 7;
  const candidate = new Date(date.getFullYear(), date.getMonth(), date.getDate() + ahead, checkIn.hour).getTime();
  return candidate > now ? candidate : new Date(date.getFullYear(), date.getMonth(), date.getDate() + ahead + 7, checkIn.hour).getTime();
}

/** One alarm for the next check-in, set again after each (a weekly period would drift across clock changes). */
async function schedule(settings: Settings): Promise<void> {
  await browser.alarms.clear(CHECK_IN_ALARM);
  if (settings.checkIn.enabled) await browser.alarms.create(CHECK_IN_ALARM, { when: nextCheckIn(settings.checkIn) });
}

async function notify(): Promise<void> {
  // Only if the person granted the optional permission; without it there is no notification API.
  if (!(await browser.permissions.contains({ permissions: ['notifications'] })) || !browser.notifications) return;
  await browser.notifications.create(CHECK_IN_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title: t('popup_checkInTitle'),
    message: t('popup_checkInBody'),
  });
}

/** The weekly check-in: a gentle notification at the chosen time that opens the week's summary. */
export function startCheckIn(): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== CHECK_IN_ALARM) return;
    await notify();
    await schedule(await readSettings());
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id === CHECK_IN_NOTIFICATION) void browser.tabs.create({ url: browser.runtime.getURL('/popup.html#summary') });
  });
  watchSettings((settings) => void schedule(settings));
  void readSettings().then(async (settings) => {
    if (!settings.checkIn.enabled || !(await browser.alarms.get(CHECK_IN_ALARM))) await schedule(settings);
  });
}
