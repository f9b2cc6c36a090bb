import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { popupAddresses, reloadExtension, storedRecords } from './helpers';
import { buildHost, CALM, CHARGED, delivered, expectDeliveries, imeEnter, overlay, settledDeliveries, steadyReady } from './pause-support';

async function openChatHost(page: Page, origin: string) {
  await buildHost(page, origin, 'chat');
  await steadyReady(page);
  return page.getByRole('textbox', { name: 'Message' });
}

test('a calm draft sends at once, exactly once, with no pause', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  await composer.fill(CALM);
  await composer.press('Enter');
  await expectDeliveries(page, [CALM]);
  await expect(page.locator('steady-pause')).toHaveCount(0);
});

test('quick messages are counted one by one: five sends in two seconds, then a chasing draft, make "5 messages"', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  const quick = ['ok', 'sure', 'see you at six', 'thanks', 'on my way'];
  for (const words of quick) {
    await composer.fill(words);
    await composer.press('Enter');
  }
  await expectDeliveries(page, quick);
  await composer.fill("hello?? are you there? why aren't you answering me");
  await composer.press('Enter');
  await expect(overlay(page)).toContainText("You've sent 5 messages here in the last 15 minutes.");
});

test('a charged draft pauses; Send anyway delivers it once and records the pause without text', async ({ context, fixtureOrigin, openExtensionPage }) => {
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  await composer.fill(CHARGED);
  await composer.press('Enter');
  await expect(overlay(page)).toBeVisible();
  expect(await settledDeliveries(page)).toEqual([]);
  await overlay(page).getByRole('button', { name: 'Send anyway' }).click();
  await expectDeliveries(page, [CHARGED]);
  await expect(page.locator('steady-pause [role="dialog"]')).toHaveCount(0);

  const extensionPage = await openExtensionPage('popup');
  await expect.poll(async () => (await storedRecords(extensionPage)).filter((record) => record.type === 'pause')).toHaveLength(1);
  const [pause] = (await storedRecords(extensionPage)).filter((record) => record.type === 'pause');
  expect(pause).toMatchObject({ outcome: 'sent-anyway', trigger: 'flagged', site: fixtureOrigin });
  expect(pause.patterns).toContain('over-apology');
  expect(JSON.stringify(pause)).not.toMatch(/sorry|idiot|mad/i);
});

test('"Take a longer breath first" gives the draft back, sends nothing, and opens a breathing exercise', async ({
  context,
  extensionId,
  fixtureOrigin,
  openExtensionPage,
}) => {
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  await composer.fill(CHARGED);
  await composer.press('Enter');
  await overlay(page).getByRole('button', { name: 'Take a longer breath first' }).click();
  await expect(overlay(page)).toHaveCount(0);
  await expect.poll(() => popupAddresses(context, extensionId)).toEqual([`chrome-extension://${extensionId}/popup.html#breathe`]);
  await expect(composer).toHaveValue(CHARGED);
  expect(await settledDeliveries(page)).toEqual([]);
  const extensionPage = await openExtensionPage('options');
  await expect
    .poll(async () => (await storedRecords(extensionPage)).filter((record) => record.type === 'pause').map((record) => record.outcome))
    .toEqual(['kept-editing']);
});

test('Keep editing delivers nothing and gives the draft and caret back', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  await composer.fill(CHARGED);
  await composer.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(5, 5));
  await composer.press('Enter');
  await overlay(page).getByRole('button', { name: 'Keep editing' }).click();
  await expect(composer).toBeFocused();
  await expect(composer).toHaveValue(CHARGED);
  expect(await composer.evaluate((field: HTMLTextAreaElement) => field.selectionStart)).toBe(5);
  expect(await settledDeliveries(page)).toEqual([]);
});

test('Escape is Keep editing; focus starts in the dialog and Tab stays inside it', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  await composer.fill(CHARGED);
  await composer.press('Enter');
  const dialog = overlay(page);
  await expect(dialog).toBeFocused();
  for (let step = 0; step < 12; step++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('steady-pause');
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(composer).toBeFocused();
  await expect(composer).toHaveValue(CHARGED);
  expect(await settledDeliveries(page)).toEqual([]);
});

test('Save for later delivers nothing, keeps the draft in Steady and empties the composer', async ({ context, fixtureOrigin, openExtensionPage }) => {
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  await composer.fill(CHARGED);
  await composer.press('Enter');
  await overlay(page).getByRole('button', { name: 'Save for later' }).click();
  await expect(page.locator('steady-pause [role="status"]')).toBeVisible();
  await expect(composer).toHaveValue('');
  const extensionPage = await openExtensionPage('popup');
  await expect
    .poll(() => extensionPage.evaluate(async () => ((await chrome.storage.local.get('drafts')).drafts ?? []) as Array<{ text: string; site: string }>))
    .toEqual([expect.objectContaining({ text: CHARGED, site: fixtureOrigin })]);
  expect(await settledDeliveries(page)).toEqual([]);
  const pauses = (await storedRecords(extensionPage)).filter((record) => record.type === 'pause');
  expect(pauses).toEqual([expect.objectContaining({ outcome: 'saved-for-later' })]);
});

test('Shift+Enter and Enter during IME composition do not send', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  await composer.fill(CHARGED);
  await composer.press('Shift+Enter');
  await imeEnter(page);
  await expect(page.locator('steady-pause')).toHaveCount(0);
  expect(await settledDeliveries(page)).toEqual([]);
  await expect(composer).toHaveValue(new RegExp(`^${CHARGED.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
});

test('a second Enter while the pause is open does not send twice', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  await composer.fill(CHARGED);
  await composer.press('Enter');
  await page.keyboard.press('Enter');
  await composer.press('Enter');
  await expect(overlay(page)).toHaveCount(1);
  expect(await settledDeliveries(page)).toEqual([]);
  await overlay(page).getByRole('button', { name: 'Send anyway' }).click();
  await expectDeliveries(page, [CHARGED]);
});

test("a page's own synthetic key presses and clicks never open a pause or record one", async ({ context, fixtureOrigin, openExtensionPage }) => {
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  await composer.fill(CHARGED);
  await page.evaluate(() => {
    const field = document.querySelector('textarea')!;
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
  });
  await expectDeliveries(page, [CHARGED]);
  await composer.fill(CHARGED);
  await page.evaluate(() => document.querySelector('form button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
  await expectDeliveries(page, [CHARGED, CHARGED]);
  await expect(page.locator('steady-pause')).toHaveCount(0);
  const extensionPage = await openExtensionPage('popup');
  expect((await storedRecords(extensionPage)).filter((record) => record.type === 'pause')).toEqual([]);
});

test('after the extension reloads mid-draft, the page sends natively', async ({ context, extensionId, fixtureOrigin }) => {
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  await composer.fill(CHARGED);
  await reloadExtension(context, extensionId);
  await composer.press('Enter');
  await expectDeliveries(page, [CHARGED]);
  await expect(page.locator('steady-pause')).toHaveCount(0);
  expect(await delivered(page)).toHaveLength(1);
});
