// Berlin moves its clocks back on 25 October 2026: the check-in stays at the chosen local hour.
process.env.TZ = 'Europe/Berlin';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_IN_ALARM, nextCheckIn, startCheckIn } from '@/utils/background/check-in';
import { startAlarms } from '@/utils/background/alarms';
import { startReminderClicks } from '@/utils/background/reminders';
import { readDueReminders } from '@/utils/storage/reminders';
import { updateSettings } from '@/utils/storage';

const local = (month: number, day: number, hour = 0, minute = 0) => new Date(2026, month - 1, day, hour, minute).getTime();
const FRIDAY = 5;
const SUNDAY = 0;
/** Wednesday 18 November 2026, midday. */
const WEDNESDAY_NOON = local(11, 18, 12);

/** What the browser does when the clock reaches an alarm: fires every alarm now due. */
async function fireDueAlarms(): Promise<void> {
  const due = (await fakeBrowser.alarms.getAll()).filter((alarm) => alarm.scheduledTime <= Date.now());
  for (const alarm of due) await fakeBrowser.alarms.onAlarm.trigger(alarm);
}

const checkInAlarm = () => fakeBrowser.alarms.get(CHECK_IN_ALARM);
const notifications = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());

describe('the next weekly check-in', () => {
  it('is the next chosen weekday at the chosen hour, local time', () => {
    expect(nextCheckIn({ enabled: true, weekday: FRIDAY, hour: 8 }, WEDNESDAY_NOON)).toBe(local(11, 20, 8));
    expect(nextCheckIn({ enabled: true, weekday: SUNDAY, hour: 19 }, WEDNESDAY_NOON)).toBe(local(11, 22, 19));
  });

  it('is later the same day when the hour is still ahead, else a week on', () => {
    expect(nextCheckIn({ enabled: true, weekday: SUNDAY, hour: 19 }, local(11, 22, 10))).toBe(local(11, 22, 19));
    expect(nextCheckIn({ enabled: true, weekday: SUNDAY, hour: 19 }, local(11, 22, 19))).toBe(local(11, 29, 19));
    expect(nextCheckIn({ enabled: true, weekday: SUNDAY, hour: 19 }, local(11, 22, 21))).toBe(local(11, 29, 19));
  });

  it('keeps the local hour across a clock change', () => {
    const next = nextCheckIn({ enabled: true, weekday: SUNDAY, hour: 19 }, local(10, 24, 12));
    expect(new Date(next).getDate()).toBe(25);
    expect(new Date(next).getHours()).toBe(19);
    // The autumn Sunday has 25 hours: Saturday midday to Sunday 19:00 reads 31 hours on the clock, and is 32.
    expect(next - local(10, 24, 12)).toBe(32 * 3_600_000);
  });
});

describe('the weekly check-in', () => {
  /** Whether the person granted the optional notifications permission. */
  let notificationsGranted = true;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(WEDNESDAY_NOON);
    notificationsGranted = true;
    // The fake browser has no permissions API; typed loosely, as its overloads take callbacks too.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => notificationsGranted) as never);
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    startAlarms();
  });
  afterEach(() => vi.useRealTimers());

  it('is off by default: no alarm, nothing shown', async () => {
    startCheckIn();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
    vi.setSystemTime(local(11, 29, 20));
    await fireDueAlarms();
    expect(notifications()).toEqual([]);
  });

  it('fires on the chosen day at the chosen hour, not before, then sets the next one', async () => {
    startCheckIn();
    await updateSettings({ checkIn: { enabled: true, weekday: FRIDAY, hour: 8 } });
    await vi.waitFor(async () => expect((await checkInAlarm())?.scheduledTime).toBe(local(11, 20, 8)));

    vi.setSystemTime(local(11, 20, 7, 59));
    await fireDueAlarms();
    expect(notifications()).toEqual([]);

    vi.setSystemTime(local(11, 20, 8));
    await fireDueAlarms();
    await vi.waitFor(() => expect(notifications()).toEqual(['steady-weekly-check-in']));
    await vi.waitFor(async () => expect((await checkInAlarm())?.scheduledTime).toBe(local(11, 27, 8)));
  });

  it('moves when the person picks another day or hour, and stops when turned off', async () => {
    startCheckIn();
    await updateSettings({ checkIn: { enabled: true, weekday: FRIDAY, hour: 8 } });
    await vi.waitFor(async () => expect((await checkInAlarm())?.scheduledTime).toBe(local(11, 20, 8)));
    await updateSettings({ checkIn: { enabled: true, weekday: SUNDAY, hour: 19 } });
    await vi.waitFor(async () => expect((await checkInAlarm())?.scheduledTime).toBe(local(11, 22, 19)));
    await updateSettings({ checkIn: { enabled: false, weekday: SUNDAY, hour: 19 } });
    await vi.waitFor(async () => expect(await checkInAlarm()).toBeUndefined());
  });

  it('is scheduled when the worker starts with the check-in already on', async () => {
    await updateSettings({ checkIn: { enabled: true, weekday: SUNDAY, hour: 19 } });
    startCheckIn();
    await vi.waitFor(async () => expect((await checkInAlarm())?.scheduledTime).toBe(local(11, 22, 19)));
  });

  it('waits in the popup without the notifications permission, and still keeps the next week’s time', async () => {
    notificationsGranted = false;
    startCheckIn();
    await updateSettings({ checkIn: { enabled: true, weekday: FRIDAY, hour: 8 } });
    await vi.waitFor(async () => expect(await checkInAlarm()).toBeDefined());
    vi.setSystemTime(local(11, 20, 8));
    await fireDueAlarms();
    await vi.waitFor(async () => expect((await checkInAlarm())?.scheduledTime).toBe(local(11, 27, 8)));
    expect(notifications()).toEqual([]);
    expect(await readDueReminders()).toEqual([{ kind: 'check-in', id: 'check-in', at: local(11, 20, 8) }]);
  });

  it('opens the week’s summary when its notification is clicked', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    startReminderClicks();
    await fakeBrowser.notifications.onClicked.trigger('steady-weekly-check-in');
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html#summary') });
  });
});
