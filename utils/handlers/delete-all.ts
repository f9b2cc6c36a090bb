import { browser } from 'wxt/browser';
import { clearJournal } from '../storage';
import { enqueueWrite } from '../storage/writer';
import { removeAllAddedSites } from '../background/added-sites';
import { SYNC_KEY } from '../background/sync';

/**
 * Forgets everything: added sites first (they need the settings to be found), then every key
 * Steady keeps, in local and session storage alike (records, drafts, settings, set-aside values,
 * follow-ups), so nothing is left that a fresh install lacks. In the write queue, so no write
 * queued before it lands after it.
 */
export async function deleteAll() {
  await removeAllAddedSites();
  await clearJournal();
  await enqueueWrite(async () => {
    await browser.storage.local.clear();
    await browser.storage.session?.clear();
  });
  await browser.storage.sync.remove(SYNC_KEY);
  await browser.alarms.clearAll();
  return { ok: true as const };
}
