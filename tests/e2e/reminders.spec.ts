import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { inContentScript } from './helpers';
import { launchWithSteady } from './launch';
import { EXTENSION_DIR } from './paths';

/** Fires an alarm now through the e2e build's hook, instead of waiting for the clock. */
const fireAlarm = (worker: Worker, name: string) =>
  worker.evaluate((alarm) => (globalThis as unknown as { steadyFireAlarm: (name: string) => Promise<void> }).steadyFireAlarm(alarm), name);
const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

/** Saves a draft with a reminder, as the pause overlay's "Save for later" does. */
async function saveDraftWithReminder(context: BrowserContext, origin: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(`${origin}/pages/plain.html`);
  const reply = await inContentScript<{ ok: boolean; data: { id: string } }>(
    page,
    // A content script saves drafts for its own site only, with the id made where the person chose.
    `chrome.runtime.sendMessage({ name: 'content:save-draft', data: { id: 'draft-tonight', site: location.origin, text: 'Can we talk tonight?', subject: 'Tonight', remindInMinutes: 60 } })`,
  );
  expect(reply.ok).toBe(true);
  await page.close();
  return reply.data.id;
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

test('without notifications, a draft’s reminder marks the toolbar icon and its card opens the draft', async ({
  context,
  extensionId,
  serviceWorker,
  fixtureOrigin,
}) => {
  const id = await saveDraftWithReminder(context, fixtureOrigin);
  expect(await serviceWorker.evaluate((name) => chrome.alarms.get(name).then(Boolean), `draft-reminder:${id}`)).toBe(true);
  await fireAlarm(serviceWorker, `draft-reminder:${id}`);
  await expect.poll(() => badge(serviceWorker)).toBe('•');

  const popup = await openPopup(context, extensionId);
  const card = popup.getByRole('region', { name: 'Reminders you asked for' });
  await expect(card).toContainText('A draft you saved on 127.0.0.1 is waiting.');
  // The reminder and the log both fit the popup's first screen.
  for (const target of [card.getByRole('button', { name: 'Open the draft' }), popup.getByRole('heading', { name: 'Log a trust moment' })]) {
    const box = (await target.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(600);
  }
  await card.getByRole('button', { name: 'Open the draft' }).click();
  await expect(popup.getByRole('heading', { name: 'Saved for later' })).toBeVisible();
  await expect(popup.locator('li.opened')).toContainText('Can we talk tonight?');
  await expect(popup.locator('li.opened')).toContainText('Subject: Tonight');
  await expect(popup.locator('li.opened')).toBeFocused();
  await expect.poll(() => badge(serviceWorker)).toBe('');
  await popup.getByRole('navigation').getByRole('button', { name: 'Home' }).click();
  await expect(card).toHaveCount(0);
});

test('without notifications, the weekly check-in waits as a card that opens the week', async ({ context, extensionId, serviceWorker }) => {
  await fireAlarm(serviceWorker, 'weekly-check-in');
  await expect.poll(() => badge(serviceWorker)).toBe('•');
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByText('Your week is ready to look back on.')).toBeVisible();
  await popup.getByRole('button', { name: 'Open the week' }).click();
  await expect(popup.getByRole('button', { name: 'Previous week' })).toBeVisible();
  await expect.poll(() => badge(serviceWorker)).toBe('');
});

test('with notifications allowed, each reminder is a notification and nothing waits in the popup', async ({ fixtureOrigin }) => {
  // A headless browser cannot answer the permission prompt: a copy of the build holds the grant (the person's "Allow").
  const dir = await mkdtemp(join(tmpdir(), 'steady-e2e-notify-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  manifest.permissions = [...manifest.permissions, 'notifications'];
  manifest.optional_permissions = [];
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const steady = await launchWithSteady({ extensionDir: dir });
  try {
    const worker = steady.context.serviceWorkers()[0] ?? (await steady.context.waitForEvent('serviceworker'));
    const id = await saveDraftWithReminder(steady.context, fixtureOrigin);
    await fireAlarm(worker, `draft-reminder:${id}`);
    await fireAlarm(worker, 'weekly-check-in');
    const shown = () => worker.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all).sort()));
    await expect.poll(shown).toEqual([`steady-draft-reminder:${id}`, 'steady-weekly-check-in']);
    expect(await badge(worker)).toBe('');
    const popup = await openPopup(steady.context, steady.extensionId);
    await expect(popup.getByRole('heading', { name: 'Log a trust moment' })).toBeVisible();
    await expect(popup.getByRole('region', { name: 'Reminders you asked for' })).toHaveCount(0);
  } finally {
    await steady.close();
    await rm(dir, { recursive: true, force: true });
  }
});
