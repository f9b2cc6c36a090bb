import { browser } from 'wxt/browser';
import { purgeExpiredDrafts, purgeMonthsBefore, quarantineInvalid, readSettings } from '../storage';

export const MAINTENANCE_ALARM = 'daily-maintenance';

/** Alarms persist, but are re-created on every worker start in case the browser dropped them. */
export async function ensureMaintenanceAlarm(): Promise<void> {
  if (!(await browser.alarms.get(MAINTENANCE_ALARM))) {
    await browser.alarms.create(MAINTENANCE_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  }
}

/** Daily: drop expired drafts, apply the retention setting, set aside invalid records. */
export async function runMaintenance(now = Date.now()): Promise<void> {
  await purgeExpiredDrafts(now);
  const { retentionMonths } = await readSettings();
  if (retentionMonths > 0) {
    const cutoff = new Date(now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
    await purgeMonthsBefore(cutoff.getTime());
  }
  await quarantineInvalid();
}
