import { browser } from 'wxt/browser';
import { readSettings, watchSettings, type Settings } from '../storage';
import { remind } from './reminders';

export const CHECK_IN_ALARM = 'weekly-check-in';

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

/** The check-in came: remind the person (notification or in-page fallback), then set the next one. */
export async function checkInDue(now = Date.now()): Promise<void> {
  await remind({ kind: 'check-in', id: 'check-in', at: now });
  await schedule(await readSettings());
}

/** Keeps the weekly check-in's alarm at the chosen time (its handler is in `./alarms`). */
export function startCheckIn(): void {
  watchSettings((settings) => void schedule(settings));
  void readSettings().then(async (settings) => {
    if (!settings.checkIn.enabled || !(await browser.alarms.get(CHECK_IN_ALARM))) await schedule(settings);
  });
}
