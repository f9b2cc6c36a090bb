import { signal } from '@preact/signals';
import { readDueReminders, watchDueReminders, type DueReminder } from '../storage/reminders';

/** Reminders waiting in the popup because no notification could be shown, following storage live. */
export function createRemindersModel() {
  const due = signal<DueReminder[]>([]);
  function start(): () => void {
    void readDueReminders().then((reminders) => (due.value = reminders));
    return watchDueReminders((reminders) => (due.value = reminders));
  }
  return { due, start };
}
