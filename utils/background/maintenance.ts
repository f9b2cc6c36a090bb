import { browser } from 'wxt/browser';
import { purgeExpiredDrafts, purgeMonthsBefore, quarantineInvalid, repairStoredSettings } from '../storage';

export const MAINTENANCE_ALARM = 'daily-maintenance';

/** Alarms persist, but are re-created on every worker start in case the browser dropped them. */
export async function ensureMaintenanceAlarm(): Promise<void> {
  if (!(await browser.alarms.get(MAINTENANCE_ALARM))) {
    await browser.alarms.create(MAINTENANCE_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  }
}

/** Daily: drop expired drafts, apply the retention setting, set aside invalid records and settings fields. */
export async function runMaintenance(now = Date.now()): Promise<void> {
  await purgeExpiredDrafts(now);
  const { retentionMonths } = await repairStoredSettings();
  if (retentionMonths > 0) {
    const cutoff = new Date(now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
    await purgeMonthsBefore(cutoff.getTime());
  }
  await quarantineInvalid();
}

/**
 * After an update: every stored value written by an older version is stored in today's shape
 * at once (readers already see it so), and whatever no longer validates is set aside.
 */
export async function upgradeStorage(): Promise<void> {
  await quarantineInvalid();
  await repairStoredSettings();
}
