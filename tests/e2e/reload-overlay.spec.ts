import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CHARGED, expectDeliveries, overlay, steadyReady } from './pause-support';

type DeveloperPrivate = { updateProfileConfiguration(update: object): Promise<void>; reload(id: string, options: object): Promise<void> };

/**
 * Reloads Steady as its reload button in chrome://extensions does, and waits until its
 * pages load again. Returns when (by the browser's clock) the reload was asked for.
 */
async function reloadSteady(context: BrowserContext, extensionId: string): Promise<number> {
  const manager = await context.newPage();
  await manager.goto('chrome://extensions');
  const askedAt = await manager.evaluate(async (id) => {
    const developer = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
    await developer.updateProfileConfiguration({ inDeveloperMode: true });
    const at = Date.now();
    await developer.reload(id, { failQuietly: true });
    return at;
  }, extensionId);
  await expect
    .poll(
      () =>
        manager.goto(`chrome-extension://${extensionId}/popup.html`).then(
          () => true,
          () => false,
        ),
      { message: 'Steady is back after the reload' },
    )
    .toBe(true);
  await manager.close();
  return askedAt;
}

/** Notes, by the page's clock, when the overlay's element leaves the page. */
function watchOverlayRemoval(page: Page): Promise<void> {
  return page.evaluate(() => {
    const host = document.querySelector('steady-pause');
    new MutationObserver((_, observer) => {
      if (host && !host.isConnected) {
        (window as unknown as { __overlayGoneAt: number }).__overlayGoneAt = Date.now();
        observer.disconnect();
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

for (const fixture of ['textarea-form', 'lexical'] as const) {
  test(`${fixture}: an extension reload with the overlay open takes the overlay away within a second, and the page sends natively`, async ({
    context,
    extensionId,
    fixtureOrigin,
  }) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${fixtureOrigin}/dist/${fixture}/index.html`);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    await steadyReady(page);
    const composer = page.getByRole('textbox').first();
    await composer.click();
    await page.keyboard.insertText(CHARGED);
    await page.keyboard.press('Enter');
    await expect(overlay(page)).toBeVisible();
    await watchOverlayRemoval(page);

    const askedAt = await reloadSteady(context, extensionId);
    // Within a second of the reload: by the time the new Steady is up, the old overlay has noticed.
    await expect(page.locator('steady-pause')).toHaveCount(0, { timeout: 1_000 });
    const goneAfterMs = (await page.evaluate(() => (window as unknown as { __overlayGoneAt: number }).__overlayGoneAt)) - askedAt;

    await composer.click();
    await page.keyboard.press('Enter');
    await expectDeliveries(page, [CHARGED]);
    await expect(page.locator('steady-pause')).toHaveCount(0);
    console.log(`${fixture}: overlay gone ${goneAfterMs} ms after the reload was asked for; 1 native send delivered; ${errors.length} uncaught page errors`);
    expect(errors).toEqual([]);
  });
}
