import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { stopServiceWorkers, storedRecords } from './helpers';
import { openChargedPause, overlay } from './pause-support';

type OpenPause = { pauseId: string; tabId: number };

/** The pauses the background keeps in session storage while their overlay is open. */
function openPauses(extensionPage: Page): Promise<OpenPause[]> {
  return extensionPage.evaluate(async () => Object.values(((await chrome.storage.session.get('openPauses')).openPauses ?? {}) as Record<string, OpenPause>));
}

/** Stops Steady's worker and waits until the browser reports it stopped. */
async function stopWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const versions = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
    for (const version of updated) versions.set(version.versionId, version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await stopServiceWorkers(page);
  await expect.poll(() => versions.size > 0 && [...versions.values()].every((status) => status === 'stopped'), { message: 'the worker stopped' }).toBe(true);
  await cdp.detach();
}

test('a pause in progress survives the worker stopping: it is recorded once when the person chooses, or when the tab closes', async ({
  context,
  fixtureOrigin,
  openExtensionPage,
}) => {
  const steady = await openExtensionPage('options');
  const page = await context.newPage();

  await openChargedPause(page, fixtureOrigin);
  await expect.poll(() => openPauses(steady)).toHaveLength(1);
  await stopWorker(page);
  const survived = await openPauses(steady);
  await expect(overlay(page)).toBeVisible();
  await overlay(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect.poll(async () => (await storedRecords(steady)).filter((record) => record.type === 'pause')).toHaveLength(1);
  await expect.poll(() => openPauses(steady)).toEqual([]);

  await openChargedPause(page, fixtureOrigin);
  await expect.poll(() => openPauses(steady)).toHaveLength(1);
  await stopWorker(page);
  await page.close();
  await expect.poll(async () => (await storedRecords(steady)).filter((record) => record.type === 'pause')).toHaveLength(2);
  await expect.poll(() => openPauses(steady)).toEqual([]);

  const outcomes = (await storedRecords(steady)).filter((record) => record.type === 'pause').map((record) => record.outcome as string);
  console.log(
    `open pauses kept in session storage across a worker stop: ${survived.length}; recorded outcomes after restarts: ${outcomes.sort().join(', ')}; open pauses left: 0`,
  );
  expect(survived).toHaveLength(1);
  expect(outcomes.sort()).toEqual(['kept-editing', 'left-page']);
});

test('alarms exist again after the worker restarts', async ({ context, openExtensionPage }) => {
  const steady = await openExtensionPage('options');
  const alarmNames = () => steady.evaluate(async () => (await chrome.alarms.getAll()).map((alarm) => alarm.name).sort());
  // A weekly check-in the person turned on, beside the daily maintenance Steady always keeps.
  await steady.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), checkIn: { enabled: true, weekday: 3, hour: 19 } } });
  });
  await expect.poll(alarmNames).toEqual(['daily-maintenance', 'weekly-check-in']);
  const before = await alarmNames();

  // The browser may drop alarms (a profile restored, an update): the worker sets them again when it starts.
  await steady.evaluate(() => chrome.alarms.clearAll());
  const cleared = await alarmNames();
  const page = await context.newPage();
  await stopWorker(page);
  await steady.evaluate(() => chrome.runtime.sendMessage({ name: 'page:put-records', data: { records: [] } }));
  await expect.poll(alarmNames).toEqual(before);
  console.log(`alarms before: ${before.join(', ')}; after clearing: ${cleared.length}; after the worker restarted: ${(await alarmNames()).join(', ')}`);
});
