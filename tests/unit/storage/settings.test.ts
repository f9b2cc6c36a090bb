import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, quarantineItem, readSettings, repairSettings, settingsItem, Settings, updateSettings } from '@/utils/storage';

describe('settings', () => {
  it('start from the documented defaults on a fresh install', async () => {
    const settings = await readSettings();
    expect(settings.pauseMode).toBe('charged');
    expect(settings.quietHours.enabled).toBe(false);
    expect(settings.snoozeUntil).toBe(0);
    expect(Object.values(settings.sites).every(Boolean)).toBe(true);
    expect(Settings.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });

  it('apply a valid change and refuse an invalid one', async () => {
    await updateSettings({ pauseMode: 'always' });
    expect((await readSettings()).pauseMode).toBe('always');
    await expect(updateSettings({ pauseSeconds: 999 })).rejects.toThrow();
    expect((await readSettings()).pauseSeconds).toBe(DEFAULT_SETTINGS.pauseSeconds);
  });

  it('repair one damaged field without resetting the others, and quarantine it', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, pauseMode: 'always', theme: 'purple' } });
    const settings = await readSettings();
    expect(settings.pauseMode).toBe('always');
    expect(settings.theme).toBe('system');
    const quarantined = await quarantineItem.getValue();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ key: 'settings.theme', value: 'purple' });
    expect(await settingsItem.getValue()).toMatchObject({ theme: 'system', pauseMode: 'always' });
  });

  it('fill fields added since the value was stored with their defaults', () => {
    const { settings, invalid } = repairSettings({ pauseMode: 'off' });
    expect(invalid).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, pauseMode: 'off' });
  });

  it('survive a stored value that is not an object at all', async () => {
    await fakeBrowser.storage.local.set({ settings: 42 });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await quarantineItem.getValue()).map((entry) => entry.key)).toEqual(['settings.(root)']);
  });
});
