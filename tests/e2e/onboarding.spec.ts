import { test, expect } from './fixtures';
import { COLOR_SCHEMES, expectAccessible, storedSettings } from './options-support';

test('the welcome tour opens on install and its choices are saved', async ({ context, extensionId }) => {
  const tourUrl = `chrome-extension://${extensionId}/onboarding.html`;
  const tour = context.pages().find((page) => page.url() === tourUrl) ?? (await context.waitForEvent('page', (page) => page.url() === tourUrl));
  await expect(tour.getByRole('heading', { level: 1 })).toHaveText('Welcome to Steady');
  await expect(tour.getByText(/not therapy or a crisis service/)).toBeVisible();
  // Nothing is focused on load, so no focus ring sits on a heading nobody moved to.
  expect(await tour.evaluate(() => document.activeElement === document.body)).toBe(true);

  const next = tour.getByRole('button', { name: 'Next' });
  await next.click();
  await expect(tour.getByRole('heading', { level: 2 })).toHaveText('What stays private');
  // Focus follows the step, so keyboard and screen reader users land on the new content.
  await expect(tour.getByRole('heading', { level: 2 })).toBeFocused();
  await next.click();
  await tour.getByLabel('Gmail').uncheck();
  await next.click();
  await tour.getByLabel('Expecting the worst').check();
  await next.click();
  await expect(tour.getByRole('link', { name: 'Open the practice page' })).toHaveAttribute('href', '/practice.html');
  await expect(tour.getByText(/not therapy and not a crisis service/)).toBeVisible();
  await tour.getByRole('button', { name: 'Finish' }).click();
  await expect(tour.getByRole('heading', { name: "You're all set" })).toBeFocused();

  await expect
    .poll(() => storedSettings(tour))
    .toMatchObject({ onboarded: true, profile: ['catastrophizing'], sites: expect.objectContaining({ gmail: false, slack: true }) });
});

test('the tour can be skipped from its first step', async ({ openExtensionPage }) => {
  const tour = await openExtensionPage('onboarding');
  await tour.getByRole('button', { name: 'Skip the tour' }).click();
  await expect(tour.getByRole('heading', { name: "You're all set" })).toBeVisible();
  await expect.poll(async () => (await storedSettings(tour))?.onboarded).toBe(true);
  await tour.getByRole('link', { name: 'Open the settings' }).click();
  await expect(tour.getByRole('link', { name: 'Reopen the welcome tour' })).toBeVisible();
});

for (const scheme of COLOR_SCHEMES) {
  test(`every step of the tour has no accessibility violations (${scheme})`, async ({ openExtensionPage }) => {
    const tour = await openExtensionPage('onboarding');
    for (let step = 1; step <= 5; step++) {
      await expect(tour.getByText(`Step ${step} of 5`)).toBeVisible();
      await expectAccessible(tour, scheme);
      if (step < 5) await tour.getByRole('button', { name: 'Next' }).click();
    }
  });
}
