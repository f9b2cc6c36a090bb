import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { launchWithSteady } from './launch';
import { PRODUCTION_DIR } from './builds';
import { storedRecords } from './helpers';
import { CALM, CHARGED, overlay } from './pause-support';

test('the practice page pauses a charged reply, and Send anyway posts it once, keeping nothing', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('practice');
  const reply = page.getByRole('textbox', { name: 'Your reply (practice only)' });
  const conversation = page.getByTestId('delivered');
  await expect(page.getByText('Nothing you write on this page is sent anywhere or kept.')).toBeVisible();

  await reply.fill(CALM);
  await reply.press('Enter');
  await expect(conversation.getByText(CALM)).toHaveCount(1);
  await expect(page.locator('steady-pause')).toHaveCount(0);

  await reply.fill(CHARGED);
  await reply.press('Enter');
  await expect(overlay(page)).toBeVisible();
  await overlay(page).getByRole('button', { name: 'Send anyway' }).click();
  await expect(conversation.getByText(CHARGED)).toHaveCount(1);
  await expect(reply).toHaveValue('');

  // New words, right after the last send: a new send, paused in its turn.
  const again = `${CHARGED}, I mean it`;
  await reply.fill(again);
  await reply.press('Enter');
  await overlay(page).getByRole('button', { name: 'Save for later' }).click();
  await expect(reply).toHaveValue(again);
  await expect(conversation.getByText(CHARGED)).toHaveCount(1);
  expect((await storedRecords(page)).filter((record) => record.type === 'pause')).toEqual([]);
  expect(await page.evaluate(async () => (await chrome.storage.local.get('drafts')).drafts ?? [])).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the pause overlay is accessible (${colorScheme})`, async ({ openExtensionPage }) => {
    const page = await openExtensionPage('practice');
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const reply = page.getByRole('textbox', { name: 'Your reply (practice only)' });
    await reply.fill(CHARGED);
    await reply.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'A breath before sending' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(dialog.locator('mark').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('steady-pause').analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('in the production build the overlay is closed to page scripts', async () => {
  test.setTimeout(60_000);
  // Built once for the run by the global setup.
  const steady = await launchWithSteady({ extensionDir: PRODUCTION_DIR });
  try {
    const page = await steady.context.newPage();
    await page.goto(`chrome-extension://${steady.extensionId}/practice.html`);
    const reply = page.getByRole('textbox', { name: 'Your reply (practice only)' });
    await reply.fill(CHARGED);
    await reply.press('Enter');
    await expect(page.locator('steady-pause')).toHaveCount(1);
    expect(await page.evaluate(() => document.querySelector('steady-pause')!.shadowRoot)).toBeNull();
    await page.keyboard.press('Escape');
    await expect(page.locator('steady-pause')).toHaveCount(0);
    await expect(reply).toBeFocused();
  } finally {
    await steady.close();
  }
});
