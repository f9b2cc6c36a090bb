import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setAside } from '../set-aside';
import { applySynced, startSettingsSync, syncedPart, SYNC_KEY } from '@/utils/background/sync';
import { readSettings, updateSettings } from '@/utils/storage';

const synced = async () => (await fakeBrowser.storage.sync.get(SYNC_KEY))[SYNC_KEY] as Record<string, unknown> | undefined;

describe('syncing settings', () => {
  beforeEach(() => startSettingsSync());

  it('neither mirrors nor applies anything while sync is off', async () => {
    await updateSettings({ theme: 'dark' });
    const remote = { ...syncedPart(await readSettings()), theme: 'light' };
    expect(await applySynced(remote)).toBe(false);
    expect((await readSettings()).theme).toBe('dark');
    // Watchers run in order: once the copy made on turning sync on shows, the earlier change had its turn.
    await updateSettings({ syncSettings: true });
    await vi.waitFor(async () => expect(await synced()).toBeDefined());
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ [SYNC_KEY]: syncedPart(await readSettings()) });
  });

  it('mirrors settings once on, without added sites or the tour state', async () => {
    await updateSettings({ addedSites: ['https://chat.example.org'], onboarded: true });
    await updateSettings({ syncSettings: true, sensitivity: 'watchful' });
    await vi.waitFor(async () => expect((await synced())?.sensitivity).toBe('watchful'));
    await updateSettings({ profile: ['testing'] });
    await vi.waitFor(async () => expect((await synced())?.profile).toEqual(['testing']));
    const copy = (await synced())!;
    expect(copy).not.toHaveProperty('addedSites');
    expect(copy).not.toHaveProperty('onboarded');
    expect(copy).not.toHaveProperty('syncSettings');
  });

  it('applies a valid change that arrives from another browser, keeping this device’s own fields', async () => {
    await updateSettings({ syncSettings: true, addedSites: ['https://chat.example.org'] });
    await vi.waitFor(async () => expect(await synced()).toBeDefined());
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { ...(await synced()), pauseMode: 'always', theme: 'dark' } });
    await vi.waitFor(async () => expect((await readSettings()).pauseMode).toBe('always'));
    const local = await readSettings();
    expect(local.theme).toBe('dark');
    expect(local.addedSites).toEqual(['https://chat.example.org']);
    expect(local.syncSettings).toBe(true);
  });

  it('ignores an invalid synced copy and keeps it in quarantine', async () => {
    await updateSettings({ syncSettings: true });
    await vi.waitFor(async () => expect(await synced()).toBeDefined());
    const before = await readSettings();
    await fakeBrowser.storage.sync.set({ [SYNC_KEY]: { ...(await synced()), pauseSeconds: 9999, theme: 'dark' } });
    await vi.waitFor(async () => expect(await setAside()).toHaveLength(1));
    expect(await readSettings()).toEqual(before);
  });

  it('joins what other browsers share when turned on', async () => {
    await updateSettings({ syncSettings: true, sensitivity: 'gentle' });
    await vi.waitFor(async () => expect((await synced())?.sensitivity).toBe('gentle'));
    await updateSettings({ syncSettings: false, sensitivity: 'watchful' });
    await updateSettings({ syncSettings: true });
    await vi.waitFor(async () => expect((await readSettings()).sensitivity).toBe('gentle'));
    expect((await synced())?.sensitivity).toBe('gentle');
  });
});
