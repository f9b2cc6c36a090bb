import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, Settings } from './schemas';
import { describeIssues, withQuarantined } from './quarantine';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * Validates stored settings field by field: one damaged field falls back to its
 * default (and is quarantined) without resetting the rest.
 */
export function repairSettings(raw: unknown): { settings: Settings; invalid: Array<{ field: string; value: unknown; reason: string }> } {
  const source = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const invalid: Array<{ field: string; value: unknown; reason: string }> = [];
  const settings: Record<string, unknown> = {};
  for (const [field, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    if (!Object.hasOwn(source, field)) {
      settings[field] = fallback;
      continue;
    }
    const shape = Settings.shape[field as keyof Settings];
    const parsed = shape.safeParse(source[field]);
    if (parsed.success) settings[field] = parsed.data;
    else {
      settings[field] = fallback;
      invalid.push({ field, value: source[field], reason: describeIssues(parsed.error) });
    }
  }
  if (raw !== null && raw !== undefined && source !== raw) invalid.push({ field: '(root)', value: raw, reason: 'not an object' });
  return { settings: settings as Settings, invalid };
}

export async function readSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const { settings, invalid } = repairSettings(raw);
  if (invalid.length > 0) {
    // One write: the repaired settings and what was set aside, together.
    const set = await withQuarantined(invalid.map((entry) => ({ key: `settings.${entry.field}`, value: entry.value, reason: entry.reason })));
    await storage.setItems([set, { item: settingsItem, value: settings }]);
  }
  return settings;
}

/** Applies a partial change after validating the whole result; an invalid change is refused. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await readSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => callback(repairSettings(raw).settings));
}
