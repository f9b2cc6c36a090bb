import type { RequestOf } from '../messaging';
import { updateSettings, type Settings } from '../storage';

/** The change a page asked for, worked out against the settings as stored when its turn comes. */
export function settingsChange({ patch = {}, add = {} }: RequestOf<'page:update-settings'>) {
  return (current: Settings): Partial<Settings> => {
    const change: Partial<Settings> = { ...patch };
    if (patch.sites) change.sites = { ...current.sites, ...patch.sites };
    if (add.profile) {
      change.profile = [...new Set([...(patch.profile ?? current.profile), ...add.profile])];
      // Asking Steady to watch for a pattern switches it back on.
      change.patternsOff = (patch.patternsOff ?? current.patternsOff).filter((pattern) => !add.profile!.includes(pattern));
    }
    if (add.customKinds) {
      const kinds = patch.customKinds ?? current.customKinds;
      change.customKinds = [...kinds, ...add.customKinds.filter((kind) => !kinds.some((known) => known.id === kind.id))];
    }
    return change;
  };
}

export async function updatePageSettings(data: RequestOf<'page:update-settings'>) {
  return { settings: await updateSettings(settingsChange(data)) };
}
