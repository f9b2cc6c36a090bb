import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch } from '@/utils/messaging';
import { handlers } from '@/utils/handlers';
import { enqueueWrite } from '@/utils/storage/writer';
import { finishStagedImport } from '@/utils/storage/import-stage';
import { pausesLeft, settleOpenPauses } from '@/utils/handlers/pause-closed';
import { ensureMaintenanceAlarm, upgradeStorage } from '@/utils/background/maintenance';
import { handleAlarm, startAlarms } from '@/utils/background/alarms';
import { startReminderClicks } from '@/utils/background/reminders';
import { broadcastConfigChanges } from '@/utils/background/config-broadcast';
import { syncAddedSites } from '@/utils/background/added-sites';
import { startBadge } from '@/utils/background/badge';
import { startSettingsSync } from '@/utils/background/sync';
import { startCheckIn } from '@/utils/background/check-in';
import { startCommands } from '@/utils/background/commands';
import { startMenus } from '@/utils/background/menus';

export default defineBackground(() => {
  // Records are for Steady's own pages only; content scripts go through messages.
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });

  // First in the write queue: an import stopped midway is finished or dropped before anything else writes.
  void enqueueWrite(finishStagedImport);
  browser.runtime.onMessage.addListener((message, sender) => dispatch(handlers, message, sender));

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
    if (reason === 'update') await upgradeStorage();
    await syncAddedSites();
  });

  startAlarms();
  startReminderClicks();
  // The e2e build lets tests fire an alarm now rather than wait for the clock.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { steadyFireAlarm: (name: string) => handleAlarm({ name }) });

  browser.tabs.onRemoved.addListener((tabId) => void pausesLeft(tabId));
  void settleOpenPauses();

  broadcastConfigChanges();
  startBadge();
  startSettingsSync();
  startCheckIn();
  startCommands();
  startMenus();
  void ensureMaintenanceAlarm();
});
