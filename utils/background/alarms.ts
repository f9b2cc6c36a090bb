import { browser } from 'wxt/browser';
import { DRAFT_REMINDER_ALARM } from '../handlers/save-draft';
import { CHECK_IN_ALARM, checkInDue } from './check-in';
import { MAINTENANCE_ALARM, runMaintenance } from './maintenance';
import { remindDraft } from './reminders';

type AlarmHandler = { name: string; prefix?: true; run: (alarm: { name: string }) => Promise<void> };

/** Every alarm Steady sets, by name (or name prefix), and what happens when it fires. */
export const ALARM_HANDLERS: readonly AlarmHandler[] = [
  { name: MAINTENANCE_ALARM, run: () => runMaintenance() },
  { name: CHECK_IN_ALARM, run: () => checkInDue() },
  { name: DRAFT_REMINDER_ALARM, prefix: true, run: (alarm) => remindDraft(alarm.name.slice(DRAFT_REMINDER_ALARM.length)) },
];

export function alarmHandlerFor(name: string): AlarmHandler | undefined {
  return ALARM_HANDLERS.find((handler) => (handler.prefix ? name.startsWith(handler.name) : name === handler.name));
}

export async function handleAlarm(alarm: { name: string }): Promise<void> {
  await alarmHandlerFor(alarm.name)?.run(alarm);
}

export function startAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(alarm));
}
