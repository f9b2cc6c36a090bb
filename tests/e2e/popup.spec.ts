import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { inContentScript, storedRecords } from './helpers';

const DAY = 86_400_000;

async function openPopup(context: BrowserContext, extensionId: string, options: { clock?: boolean; hash?: string } = {}): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 380, height: 700 });
  await page.goto(`chrome-extension://${extensionId}/popup.html${options.hash ?? ''}`);
  if (options.clock) {
    // Installed on the loaded page and then reloaded: installing on the blank tab races its first document.
    await page.clock.install();
    await page.reload();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steady');
  return page;
}

const nav = (page: Page, name: RegExp) => page.getByRole('navigation').getByRole('button', { name }).click();
/** The value shown under one figure of the weekly summary. */
const figure = (page: Page, label: string) =>
  page
    .locator('.figures > div')
    .filter({ has: page.getByRole('term').getByText(label, { exact: true }) })
    .getByRole('definition');

test('a moment logged in three interactions shows in history and in this week', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: 'Felt understood' }).click();
  await popup.getByRole('radio', { name: /^4/ }).check();
  await popup.getByRole('button', { name: 'Save moment' }).click();
  await expect(popup.getByRole('status').filter({ hasText: /./ })).toHaveText('Saved. That counts.');
  expect(await storedRecords(popup)).toEqual([expect.objectContaining({ type: 'moment', kind: 'felt-understood', safety: 4 })]);

  await nav(popup, /Moments/);
  await expect(popup.getByRole('listitem').filter({ hasText: 'Felt understood' })).toContainText('felt safe: 4 of 5');
  await nav(popup, /Week/);
  await expect(figure(popup, 'Trust moments')).toHaveText('1 (last week: 0)');
  await expect(popup.getByText('On one day this week, connection felt safe enough to note.')).toBeVisible();
});

test('a moment can be edited, and deleted with undo', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: 'Asked for space' }).click();
  await popup.getByRole('textbox', { name: 'Who (optional)' }).fill('Sam');
  await popup.getByRole('button', { name: 'Save moment' }).click();
  await nav(popup, /Moments/);
  await popup.getByRole('button', { name: 'Edit Asked for space' }).click();
  await popup.getByLabel('A short note (optional)').fill('Said it calmly');
  await popup.getByRole('button', { name: 'Save moment' }).click();
  await expect(popup.getByRole('status').filter({ hasText: /./ })).toHaveText('Moment updated.');
  await expect(popup.getByText('Said it calmly')).toBeVisible();
  const [edited] = await storedRecords(popup);
  expect(edited).toMatchObject({ person: 'Sam', note: 'Said it calmly' });

  await popup.getByRole('button', { name: 'Delete Asked for space' }).click();
  await expect(popup.getByRole('status').filter({ hasText: /./ })).toHaveText('Moment deleted.');
  await expect(popup.getByText('Said it calmly')).toHaveCount(0);
  expect(await storedRecords(popup)).toEqual([]);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByText('Said it calmly')).toBeVisible();
  expect(await storedRecords(popup)).toEqual([edited]);
});

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`every grounding exercise runs start to finish (motion: ${reducedMotion})`, async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId, { clock: true });
    await popup.emulateMedia({ reducedMotion });

    await popup.getByRole('button', { name: 'Breathe' }).click();
    await popup.getByRole('button', { name: '4-7-8' }).click();
    await popup.getByRole('radio', { name: /^2/ }).check();
    await expect(popup.locator('.pacer-circle.pacer-still')).toHaveCount(reducedMotion === 'reduce' ? 1 : 0);
    await expect(popup.locator('.pacer-count')).toHaveCount(reducedMotion === 'reduce' ? 1 : 0);
    await expect(popup.getByText('Round 1 of 4')).toBeVisible();
    await popup.clock.fastForward(80_000);
    await expect(popup.getByRole('heading', { name: 'Well done' })).toBeVisible();
    await popup.getByRole('radio', { name: /^4/ }).check();
    await popup.getByRole('button', { name: 'Save session' }).click();
    await expect(popup.getByRole('status').filter({ hasText: /./ })).toHaveText(/Saved/);

    await popup.getByRole('button', { name: '5-4-3-2-1 senses' }).click();
    for (let step = 0; step < 4; step++) await popup.getByRole('button', { name: 'Next' }).click();
    await popup.getByRole('button', { name: 'Done' }).click();
    await popup.getByRole('button', { name: 'Save session' }).click();

    await popup.getByRole('button', { name: 'Name the feeling' }).click();
    await popup.getByRole('button', { name: 'Anxious' }).click();
    await popup.getByRole('button', { name: 'Hopeful' }).click();
    await popup.getByRole('button', { name: 'Done' }).click();
    await popup.getByRole('button', { name: 'Save session' }).click();

    await popup.getByRole('button', { name: 'Defences check-in' }).click();
    await popup.getByLabel('Hiding what I need').check();
    await popup.getByLabel('Ask Steady to watch for these in my drafts').check();
    await popup.getByRole('button', { name: 'Done' }).click();
    await popup.getByRole('button', { name: 'Save session' }).click();
    await expect(popup.getByRole('heading', { name: 'Take a moment' })).toBeVisible();

    const sessions = (await storedRecords(popup)).sort((a, b) => String(a.exercise).localeCompare(String(b.exercise)));
    expect(sessions).toEqual([
      expect.objectContaining({ exercise: 'breathing-478', completed: true, before: 2, after: 4, durationMs: expect.any(Number) }),
      expect.objectContaining({ exercise: 'defences-check-in', defences: ['self-silencing'] }),
      expect.objectContaining({ exercise: 'name-the-feeling', feelings: ['anxious', 'hopeful'] }),
      expect.objectContaining({ exercise: 'senses-54321', completed: true }),
    ]);
    expect(Number(sessions[0].durationMs)).toBeGreaterThanOrEqual(76_000);
    const profile = await popup.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { profile: string[] }).profile);
    expect(profile).toEqual(['self-silencing']);
  });
}

test('a pause recorded in another tab shows in the open popup, and its follow-up is asked once', async ({ context, extensionId, fixtureOrigin }) => {
  const popup = await openPopup(context, extensionId);
  await nav(popup, /Week/);
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/plain.html`);
  const reply = await inContentScript<{ ok: boolean }>(
    page,
    // A content script may record a pause only for its own site: here, the fixture page's origin.
    `chrome.runtime.sendMessage({ name: 'content:pause-closed', data: { pauseId: 'pause-1', site: location.origin, trigger: 'flagged', patterns: ['testing'], score: 0.8, outcome: 'kept-editing', durationMs: 3000 } })`,
  );
  expect(reply).toMatchObject({ ok: true });
  await expect(popup.getByText('You took a breath and chose to edit or wait once.')).toBeVisible();
  await expect(popup.getByRole('listitem').filter({ hasText: 'Testing people' })).toHaveText(/Testing people · 127\.0\.0\.1\s*1$/);

  await nav(popup, /Home/);
  await expect(popup.getByText('Earlier on 127.0.0.1 you paused and kept editing. How did it go?')).toBeVisible();
  await popup.getByRole('button', { name: 'Nothing bad happened' }).click();
  await expect(popup.getByRole('heading', { name: 'How did it go?' })).toHaveCount(0);
  const moments = (await storedRecords(popup)).filter((record) => record.type === 'moment');
  expect(moments).toEqual([expect.objectContaining({ kind: 'chose-differently', pauseId: 'pause-1' })]);
});

test('the weekly summary matches a seeded week exactly, and repair closes the loop', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  // Last week, at this same time of day: safely inside the previous calendar week.
  await popup.evaluate(async (DAY) => {
    const at = Date.now() - 7 * DAY;
    const records = [
      ...['asked-for-help', 'asked-for-help', 'felt-understood'].map((kind, index) => ({ type: 'moment', id: `m${index}`, at: at + index * 1000, kind })),
      { type: 'grounding', id: 'g1', at, exercise: 'breathing-box', durationMs: 120_000, completed: true, before: 2, after: 4 },
      { type: 'grounding', id: 'g2', at: at + 5000, exercise: 'senses-54321', durationMs: 180_000, completed: true, before: 3, after: 4 },
      { type: 'rupture', id: 'r1', at, person: 'Alex', promptAt: at + DAY },
    ];
    const reply = await chrome.runtime.sendMessage({ name: 'page:put-records', data: { records } });
    if (!reply.ok) throw new Error(reply.error);
  }, DAY);

  await nav(popup, /Week/);
  await popup.getByRole('button', { name: 'Previous week' }).click();
  await expect(figure(popup, 'Trust moments')).toHaveText('3 (last week: 0)');
  await expect(figure(popup, 'Days with a moment')).toHaveText('1');
  await expect(figure(popup, 'Pauses before sending')).toHaveText('0 (last week: 0)');
  await expect(figure(popup, 'Grounding')).toHaveText('5 minutes (last week: 0 minutes)');
  await expect(figure(popup, 'Calm before and after grounding')).toHaveText('2.5 → 4 of 5');
  await expect(figure(popup, 'Ruptures noted · repaired')).toHaveText('1 · 0');
  await expect(popup.locator('.counts').first()).toHaveText(/Asked for help\s*2\s*Felt understood\s*1/);
  await expect(popup.getByText('After grounding, calm went from 2.5 to 4 on average.')).toBeVisible();
  await expect(popup.getByRole('img', { name: /Trust moments each day/ })).toBeVisible();

  await nav(popup, /Home/);
  await expect(popup.getByText(/something felt off with Alex/)).toBeVisible();
  await popup.getByRole('button', { name: 'Log a repair' }).click();
  await popup.getByRole('button', { name: 'Save moment' }).click();
  await expect(popup.getByRole('status').filter({ hasText: /./ })).toHaveText(/Connection came back/);
  await expect(popup.getByText(/something felt off with Alex/)).toHaveCount(0);
  const rupture = (await storedRecords(popup)).find((record) => record.id === 'r1');
  expect(rupture).toMatchObject({ repairedAt: expect.any(Number), repairMomentId: expect.any(String) });
  await nav(popup, /Week/);
  await popup.getByRole('button', { name: 'Next week' }).click();
  await expect(figure(popup, 'Ruptures noted · repaired')).toHaveText('0 · 1');
});

/** How to reach each popup view from Home. */
const VIEWS: Array<[name: string, reach: (popup: Page) => Promise<void>]> = [
  ['home', async () => {}],
  ['log', (popup) => popup.getByRole('button', { name: 'Felt understood' }).click()],
  ['history', (popup) => nav(popup, /Moments/)],
  ['summary', (popup) => nav(popup, /Week/)],
  ['drafts', (popup) => nav(popup, /Drafts/)],
  ['breathe', (popup) => popup.getByRole('button', { name: 'Breathe' }).click()],
  ['senses', (popup) => popup.getByRole('button', { name: '5-4-3-2-1 senses' }).click()],
  ['feeling', (popup) => popup.getByRole('button', { name: 'Name the feeling' }).click()],
  ['defences', (popup) => popup.getByRole('button', { name: 'Defences check-in' }).click()],
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [name, reach] of VIEWS) {
    test(`the ${name} view passes axe in ${colorScheme}`, async ({ context, extensionId }) => {
      const popup = await openPopup(context, extensionId);
      await popup.emulateMedia({ colorScheme });
      await popup.evaluate(async () => {
        const at = Date.now() - 60_000;
        const records = [
          { type: 'moment', id: 'm1', at, kind: 'felt-understood', safety: 4, note: 'A kind reply' },
          { type: 'grounding', id: 'g1', at, exercise: 'breathing-box', durationMs: 60_000, completed: true, before: 2, after: 3 },
        ];
        await chrome.runtime.sendMessage({ name: 'page:put-records', data: { records } });
      });
      await reach(popup);
      await popup.screenshot({ path: `tests/e2e/__screenshots__/popup-${name}-${colorScheme}.png`, fullPage: true });
      const { violations } = await new AxeBuilder({ page: popup }).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
