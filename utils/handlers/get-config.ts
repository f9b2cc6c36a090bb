import { readRange, readSettings } from '../storage';
import type { ContentConfig } from '../messaging';

/** Moment kinds that are evidence that reaching out can go fine. */
const REACHING_OUT = new Set(['asked-for-help', 'honest-check-in', 'shared-something-real', 'asked-for-space', 'felt-understood']);

export async function getConfig(now = Date.now()): Promise<ContentConfig> {
  const { sites, addedSites, pauseMode, sensitivity, profile, quietHours, snoozeUntil, pauseSeconds, minimumWaitSeconds, draftReminders, theme } =
    await readSettings();
  const monthStart = new Date(now);
  monthStart.setDate(1);
  monthStart.setHours(0, 0, 0, 0);
  const moments = (await readRange(monthStart.getTime(), now)).filter((record) => record.type === 'moment');
  return {
    settings: { sites, addedSites, pauseMode, sensitivity, profile, quietHours, snoozeUntil, pauseSeconds, minimumWaitSeconds, draftReminders, theme },
    evidence: {
      momentsThisMonth: moments.length,
      reachingOutThisMonth: moments.filter((moment) => REACHING_OUT.has(moment.kind)).length,
    },
  };
}
