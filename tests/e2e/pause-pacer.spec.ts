import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CHARGED, overlay } from './pause-support';

/** Opens a pause on the practice page, with the browser's motion setting as given. */
async function pauseOnPractice(openExtensionPage: (name: 'practice') => Promise<Page>, reducedMotion: 'reduce' | 'no-preference') {
  const page = await openExtensionPage('practice');
  await page.emulateMedia({ reducedMotion });
  const reply = page.getByRole('textbox', { name: 'Your reply (practice only)' });
  await reply.fill(CHARGED);
  await reply.press('Enter');
  await expect(overlay(page)).toBeVisible();
  return overlay(page);
}

test('the pause window keeps breathing for the whole pause, its words following the circle', async ({ openExtensionPage }) => {
  test.slow();
  const dialog = await pauseOnPractice(openExtensionPage, 'no-preference');
  const words = dialog.locator('.pacer-step');
  const circle = dialog.locator('.pacer-circle');
  await expect(words).toHaveText('Breathe in');
  await expect(circle).toHaveClass(/pacer-full/);
  await expect(words).toHaveText('Breathe out', { timeout: 6_000 });
  await expect(circle).toHaveClass(/pacer-small/);
  // A second breath: the default 12-second pause is more than one.
  await expect(words).toHaveText('Breathe in', { timeout: 8_000 });
  await expect(circle).toHaveClass(/pacer-full/);
  await expect(words).toHaveText("Whenever you're ready.", { timeout: 20_000 });
});

test('with reduced motion, the pause window holds a still circle and counts each breath down', async ({ openExtensionPage }) => {
  const dialog = await pauseOnPractice(openExtensionPage, 'reduce');
  await expect(dialog.locator('.pacer-circle')).toHaveClass(/pacer-still/);
  const count = dialog.locator('.pacer-count');
  await expect(count).toHaveText(/^[1-4]$/);
  const first = Number(await count.textContent());
  await expect(count).not.toHaveText(String(first), { timeout: 3_000 });
  await expect(dialog.locator('.pacer-step')).toHaveText('Breathe out', { timeout: 6_000 });
  await expect(count).toHaveText(/^[1-6]$/);
});
