import { browser } from 'wxt/browser';
import { readSettings, updateSettings } from '../storage';

/** The content script file WXT emits for `entrypoints/composer.content`. */
export const COMPOSER_SCRIPT = 'content-scripts/composer.js';
const SCRIPT_PREFIX = 'added:';

export function matchPatternFor(origin: string): string {
  return `${new URL(origin).origin}/*`;
}

/** Registers the generic composer support on an origin the person granted. */
async function register(origin: string): Promise<void> {
  const id = SCRIPT_PREFIX + origin;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [matchPatternFor(origin)], js: [COMPOSER_SCRIPT], runAt: 'document_start', allFrames: true, persistAcrossSessions: true },
  ]);
}

export async function addSite(origin: string): Promise<{ ok: true }> {
  const granted = await browser.permissions.contains({ origins: [matchPatternFor(origin)] });
  if (!granted) throw new Error('permission for that site was not granted');
  await register(origin);
  await updateSettings(({ addedSites }) => ({ addedSites: addedSites.includes(origin) ? addedSites : [...addedSites, origin] }));
  return { ok: true };
}

export async function removeSite(origin: string): Promise<{ ok: true }> {
  const id = SCRIPT_PREFIX + origin;
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
  await browser.permissions.remove({ origins: [matchPatternFor(origin)] }).catch(() => false);
  await updateSettings(({ addedSites }) => ({ addedSites: addedSites.filter((site) => site !== origin) }));
  return { ok: true };
}

export async function removeAllAddedSites(): Promise<void> {
  for (const origin of (await readSettings()).addedSites) await removeSite(origin);
}

/** Brings registrations in line with the settings (after an update, or a permission revoked elsewhere). */
export async function syncAddedSites(): Promise<void> {
  const settings = await readSettings();
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(SCRIPT_PREFIX));
  for (const script of registered) {
    const origin = script.id.slice(SCRIPT_PREFIX.length);
    if (!settings.addedSites.includes(origin)) await browser.scripting.unregisterContentScripts({ ids: [script.id] });
  }
  for (const origin of settings.addedSites) {
    if (await browser.permissions.contains({ origins: [matchPatternFor(origin)] })) await register(origin);
  }
}
