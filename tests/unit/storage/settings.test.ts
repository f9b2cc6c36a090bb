import { settingsChange } from '@/utils/handlers/update-settings';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setAside } from '../set-aside';
import { DEFAULT_SETTINGS, readSettings, repairSettings, repairStoredSettings, settingsItem, Settings, updateSettings } from '@/utils/storage';

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
    // A read never writes: the worker repairs what is stored.
    expect(await setAside()).toEqual([]);
    await repairStoredSettings();
    const quarantined = await setAside();
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
    await repairStoredSettings();
    expect((await setAside()).map((entry) => entry.key)).toEqual(['settings.(root)']);
  });

  it('read site switches stored before a site was added: the new site is on, every stored choice is kept', () => {
    const { settings, invalid } = repairSettings({ ...DEFAULT_SETTINGS, sites: { gmail: false, slack: true } });
    expect(invalid).toEqual([]);
    expect(settings.sites).toEqual({ ...DEFAULT_SETTINGS.sites, gmail: false });
    expect(Settings.safeParse({ ...DEFAULT_SETTINGS, sites: { gmail: false, 'a-site-added-later': true } }).success).toBe(true);
  });

  it('never turn back on a site the person switched off when another switch is damaged', () => {
    const { settings, invalid } = repairSettings({ ...DEFAULT_SETTINGS, sites: { gmail: false, teams: false, slack: 'yes', __proto__x: 1 } });
    expect(settings.sites).toMatchObject({ gmail: false, teams: false, slack: true });
    expect(invalid.map((entry) => entry.field)).toEqual(['sites.(entry)', 'sites.(entry)']);
  });

  it('keep the patterns, kinds and sites they can read when a list holds one written by a newer version', () => {
    const { settings, invalid } = repairSettings({
      ...DEFAULT_SETTINGS,
      profile: ['testing', 'a-pattern-from-later', 'withdrawal'],
      customKinds: [
        { id: 'custom:walk', label: 'Walk' },
        { id: 'custom:later', label: 'Later', colour: 'blue' },
      ],
      addedSites: ['https://chat.example.org', 'gopher://old.example'],
    });
    expect(settings.profile).toEqual(['testing', 'withdrawal']);
    expect(settings.customKinds).toEqual([{ id: 'custom:walk', label: 'Walk' }]);
    expect(settings.addedSites).toEqual(['https://chat.example.org']);
    expect(invalid.map((entry) => [entry.field, entry.value])).toEqual([
      ['addedSites.(entry)', 'gopher://old.example'],
      ['profile.(entry)', 'a-pattern-from-later'],
      ['customKinds.(entry)', { id: 'custom:later', label: 'Later', colour: 'blue' }],
    ]);
  });

  it('read settings stored before patterns could be switched off as switching none off, keeping every other choice', () => {
    const { patternsOff: _absent, ...before } = { ...DEFAULT_SETTINGS, profile: ['testing' as const], sensitivity: 'watchful' as const };
    const { settings, invalid } = repairSettings(before);
    expect(settings).toEqual({ ...before, patternsOff: [] });
    expect(invalid).toEqual([]);
    // One switched-off pattern this version does not know is set aside; the ones it knows stay off.
    const later = repairSettings({ ...before, patternsOff: ['hostility', 'a-pattern-from-later'] });
    expect(later.settings.patternsOff).toEqual(['hostility']);
    expect(later.invalid.map((entry) => [entry.field, entry.value])).toEqual([['patternsOff.(entry)', 'a-pattern-from-later']]);
  });
});

describe('a page asking Steady to watch for patterns', () => {
  it('adds them to the ones it watches closely and switches them back on, leaving other switched-off patterns off', () => {
    const current = { ...DEFAULT_SETTINGS, profile: ['absolutes' as const], patternsOff: ['testing' as const, 'shouting' as const] };
    const change = settingsChange({ add: { profile: ['testing', 'withdrawal'] } })(current);
    expect(change).toEqual({ profile: ['absolutes', 'testing', 'withdrawal'], patternsOff: ['shouting'] });
  });
});
