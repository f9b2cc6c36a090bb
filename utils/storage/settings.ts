import { storage } from 'wxt/utils/storage';
import { CustomKind, DEFAULT_SETTINGS, Origin, PatternId, Settings, SiteSwitchId } from './schemas';
import { describeIssues, withQuarantined } from './quarantine';
import { enqueueWrite } from './writer';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

type Invalid = { field: string; value: unknown; reason: string };
export type RepairedSettings = {
  settings: Settings;
  invalid: Invalid[];
  /** Fields this version does not know (a newer one wrote them): kept as they are whenever settings are written. */
  unknown: Record<string, unknown>;
};

/**
 * Each site's switch on its own: a damaged entry is set aside and that site falls back to on,
 * while every other choice, an "off" above all, is kept. Sites the record does not name are on.
 */
function repairSites(raw: unknown): { sites: Settings['sites']; invalid: Invalid[] } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { sites: { ...DEFAULT_SETTINGS.sites }, invalid: [{ field: 'sites', value: raw, reason: 'not an object' }] };
  }
  const sites: Settings['sites'] = { ...DEFAULT_SETTINGS.sites };
  const invalid: Invalid[] = [];
  for (const [site, on] of Object.entries(raw)) {
    if (typeof on === 'boolean' && SiteSwitchId.safeParse(site).success) sites[site] = on;
    else invalid.push({ field: 'sites.(entry)', value: { [site]: on }, reason: 'not a site switch' });
  }
  return { sites, invalid };
}

/** List fields checked entry by entry: one entry this version cannot read is set aside, the rest kept. */
const LIST_ENTRIES = { profile: PatternId, patternsOff: PatternId, customKinds: CustomKind, addedSites: Origin } as const;

function repairList(field: keyof typeof LIST_ENTRIES, raw: unknown): { value: unknown; invalid: Invalid[] } {
  if (!Array.isArray(raw)) return { value: raw, invalid: [] };
  const entry = LIST_ENTRIES[field];
  const invalid = raw.filter((item) => !entry.safeParse(item).success).map((item) => ({ field: `${field}.(entry)`, value: item, reason: 'not readable here' }));
  return { value: raw.filter((item) => entry.safeParse(item).success), invalid };
}

/**
 * Validates stored settings field by field: one damaged field falls back to its default (and
 * is set aside) without resetting the rest. Pure: any context may call it on what it read.
 */
export function repairSettings(raw: unknown): RepairedSettings {
  const source = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const invalid: Invalid[] = [];
  const settings: Record<string, unknown> = {};
  for (const [field, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    if (!Object.hasOwn(source, field)) {
      settings[field] = fallback;
    } else if (field === 'sites') {
      const sites = repairSites(source.sites);
      settings.sites = sites.sites;
      invalid.push(...sites.invalid);
    } else {
      const list = field in LIST_ENTRIES ? repairList(field as keyof typeof LIST_ENTRIES, source[field]) : { value: source[field], invalid: [] };
      const parsed = Settings.shape[field as keyof Settings].safeParse(list.value);
      settings[field] = parsed.success ? parsed.data : fallback;
      // A list that is still wrong as a whole (too long, say) is set aside whole, as it was stored.
      if (parsed.success) invalid.push(...list.invalid);
      else invalid.push({ field, value: source[field], reason: describeIssues(parsed.error) });
    }
  }
  if (raw !== null && raw !== undefined && source !== raw) invalid.push({ field: '(root)', value: raw, reason: 'not an object' });
  const unknown = Object.fromEntries(Object.entries(source).filter(([field]) => !Object.hasOwn(DEFAULT_SETTINGS, field)));
  return { settings: settings as Settings, invalid, unknown };
}

/** The settings, repaired in memory. A direct read: it never writes, so any context may call it. */
export async function readSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue()).settings;
}

export type SettingsChange = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/**
 * Applies a change after validating the whole result; an invalid change is refused. The
 * background worker is the only caller: the change is computed from the settings as they are
 * when its turn in the write queue comes, so no concurrent change is lost. One storage write
 * holds the new settings and any damaged field set aside; nothing is written if nothing changes.
 */
export function updateSettings(change: SettingsChange): Promise<Settings> {
  return enqueueWrite(async () => {
    const raw = await settingsItem.getValue();
    const { settings, invalid, unknown } = repairSettings(raw);
    const next = Settings.parse({ ...settings, ...(typeof change === 'function' ? change(settings) : change) });
    const value = { ...unknown, ...next };
    if (invalid.length === 0 && JSON.stringify(raw) === JSON.stringify(value)) return next;
    const setAside = await withQuarantined(invalid.map((entry) => ({ key: `settings.${entry.field}`, value: entry.value, reason: entry.reason })));
    await storage.setItems([{ item: settingsItem, value }, ...setAside]);
    return next;
  });
}

/** Writes back stored settings that needed repair (the worker does this when it starts). */
export function repairStoredSettings(): Promise<Settings> {
  return updateSettings({});
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => callback(repairSettings(raw).settings));
}
