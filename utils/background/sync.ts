import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { describeIssues, quarantine, readSettings, repairSettings, Settings, settingsItem, updateSettings } from '../storage';

/** The key under which settings are mirrored in `storage.sync`. Records are never synced. */
export const SYNC_KEY = 'settings';

/**
 * What travels between the person's browsers. Added sites stay on each device (their
 * permission is granted per browser), as do the tour and the sync switch itself.
 */
export const SyncedSettings = z.omit(Settings, { addedSites: true, onboarded: true, syncSettings: true });
export type SyncedSettings = z.infer<typeof SyncedSettings>;

export function syncedPart(settings: Settings): SyncedSettings {
  return SyncedSettings.parse(Object.fromEntries(Object.keys(SyncedSettings.shape).map((field) => [field, settings[field as keyof Settings]])));
}

/** Equal settings serialise equally once parsed (parsing fixes the key order). */
function same(a: SyncedSettings, b: SyncedSettings): boolean {
  return JSON.stringify(SyncedSettings.parse(a)) === JSON.stringify(SyncedSettings.parse(b));
}

async function remoteCopy(): Promise<unknown> {
  return (await browser.storage.sync.get(SYNC_KEY))[SYNC_KEY];
}

/** Writes this device's settings to sync unless sync already holds the same. */
export async function pushSettings(settings: Settings): Promise<void> {
  const local = syncedPart(settings);
  const remote = SyncedSettings.safeParse(await remoteCopy());
  if (remote.success && same(remote.data, local)) return;
  await browser.storage.sync.set({ [SYNC_KEY]: local });
}

/**
 * Applies settings that arrived through sync, after validating them. Returns whether
 * anything changed; an invalid copy changes nothing and is kept in quarantine.
 */
export async function applySynced(raw: unknown): Promise<boolean> {
  if (raw === undefined) return false;
  const current = await readSettings();
  if (!current.syncSettings) return false;
  const parsed = SyncedSettings.safeParse(raw);
  if (!parsed.success) {
    await quarantine(`sync:${SYNC_KEY}`, raw, describeIssues(parsed.error));
    return false;
  }
  if (same(parsed.data, syncedPart(current))) return false;
  await updateSettings(parsed.data);
  return true;
}

/**
 * Mirrors settings to `storage.sync` while the person has sync on. Turning it on joins
 * what their other browsers already share; if nothing is shared yet, this browser's
 * settings become the shared ones.
 */
export function startSettingsSync(): void {
  settingsItem.watch(async (nextRaw, previousRaw) => {
    const next = repairSettings(nextRaw).settings;
    if (!next.syncSettings) return;
    const turnedOn = !repairSettings(previousRaw).settings.syncSettings;
    if (turnedOn && (await applySynced(await remoteCopy()))) return;
    await pushSettings(next).catch(() => undefined);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[SYNC_KEY]) void applySynced(changes[SYNC_KEY].newValue);
  });
  // Changes made elsewhere while this browser was closed.
  void remoteCopy().then(applySynced);
}
