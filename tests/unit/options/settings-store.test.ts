import { beforeEach, describe, expect, it } from 'vitest';
import { followSettings, saveSettings, settings } from '@/components/options/settings-store';
import { readSettings, updateSettings, type Settings } from '@/utils/storage';
import { routeMessagesToWorker } from '../worker';

let delivered: unknown[] = [];
beforeEach(() => {
  delivered = routeMessagesToWorker();
});

describe('the options page’s settings', () => {
  it('shows every quick edit at once and stores them all, even while earlier writes land', async () => {
    const stop = followSettings();
    await expect.poll(() => settings.value).toBeDefined();
    const seen: Array<Settings | undefined> = [];
    const first = saveSettings({ pauseSeconds: 20 });
    const second = saveSettings({ minimumWaitSeconds: 5 });
    const third = saveSettings({ theme: 'dark' });
    expect(settings.value).toMatchObject({ pauseSeconds: 20, minimumWaitSeconds: 5, theme: 'dark' });
    // Whatever the storage watcher reports while writes land, no edit flips back.
    const watching = setInterval(() => seen.push(settings.value), 0);
    await Promise.all([first, second, third]);
    clearInterval(watching);
    for (const shown of seen) expect(shown).toMatchObject({ pauseSeconds: 20, minimumWaitSeconds: 5, theme: 'dark' });
    expect(await readSettings()).toMatchObject({ pauseSeconds: 20, minimumWaitSeconds: 5, theme: 'dark' });
    // The page wrote nothing itself: each change went to the worker as a message.
    expect(delivered).toHaveLength(3);
    expect(delivered[0]).toEqual({ name: 'page:update-settings', data: { patch: { pauseSeconds: 20 } } });
    stop();
  });

  it('follows changes made elsewhere, such as a site added from the background', async () => {
    const stop = followSettings();
    await expect.poll(() => settings.value).toBeDefined();
    await updateSettings({ addedSites: ['https://chat.example.org'] });
    await expect.poll(() => settings.value?.addedSites).toEqual(['https://chat.example.org']);
    stop();
  });

  it('refuses an invalid change and shows what is stored', async () => {
    const stop = followSettings();
    await expect.poll(() => settings.value).toBeDefined();
    await expect(saveSettings({ pauseSeconds: 999 })).rejects.toThrow();
    expect(settings.value?.pauseSeconds).toBe(12);
    expect((await readSettings()).pauseSeconds).toBe(12);
    stop();
  });
});
