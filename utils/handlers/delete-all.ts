import { browser } from 'wxt/browser';
import { clearJournal, draftsItem, quarantineItem, settingsItem } from '../storage';
import { openPausesItem } from '../storage/open-pauses';
import { removeAllAddedSites } from '../background/added-sites';
import { SYNC_KEY } from '../background/sync';

/** Forgets everything: records, drafts, settings (and their synced copy), quarantine, alarms and added sites. */
export async function deleteAll() {
  await removeAllAddedSites();
  await clearJournal();
  await Promise.all([draftsItem, quarantineItem, settingsItem, openPausesItem].map((item) => item.removeValue({ removeMeta: true })));
  await browser.storage.sync.remove(SYNC_KEY);
  await browser.alarms.clearAll();
  return { ok: true as const };
}
