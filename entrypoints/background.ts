import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatch } from '@/utils/messaging';
import { handlers } from '@/utils/handlers';
import { pausesLeft } from '@/utils/handlers/pause-closed';
import { ensureMaintenanceAlarm, MAINTENANCE_ALARM, runMaintenance } from '@/utils/background/maintenance';
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

  browser.runtime.onMessage.addListener((message, sender) => dispatch(handlers, message, sender));

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
    await syncAddedSites();
  });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === MAINTENANCE_ALARM) await runMaintenance();
  });

  browser.tabs.onRemoved.addListener((tabId) => void pausesLeft(tabId));

  broadcastConfigChanges();
  startBadge();
  startSettingsSync();
  startCheckIn();
  startCommands();
  startMenus();
  void ensureMaintenanceAlarm();
});
