import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { buildHost, CALM, CHARGED, expectDeliveries, overlay, settledDeliveries, steadyReady, type HostKind } from './pause-support';

/**
 * The analyzer reaches a page with the pause kit, fetched when a composer is first used. A
 * person who sends at once (a draft already there, Enter as the first key) presses before it
 * arrives: that send must wait for it, never slip past, never go twice, never be lost.
 *
 * The worker is kept busy so the kit cannot arrive before Enter, whatever the machine's speed.
 */
function keepWorkerBusy(worker: Worker, ms: number): Promise<void> {
  return worker.evaluate((until) => {
    while (Date.now() < until);
  }, Date.now() + ms);
}

async function openHost(page: Page, origin: string, kind: HostKind) {
  await buildHost(page, origin, kind);
  await steadyReady(page);
  return page.getByRole('textbox', { name: 'Message' });
}

async function sendBeforeKit(page: Page, worker: Worker, origin: string, kind: HostKind, draft: string, busyMs = 1_500) {
  const composer = await openHost(page, origin, kind);
  const busy = keepWorkerBusy(worker, busyMs);
  await composer.fill(draft);
  await composer.press('Enter');
  // Nothing could have reached the page yet: this send is being held for the kit.
  await expect(page.locator('html[data-steady-kit]')).toHaveCount(0);
  expect(await settledDeliveries(page)).toEqual([]);
  return { composer, busy };
}

test('a calm draft sent before the kit arrives goes out once, as soon as the analyzer has read it', async ({ context, serviceWorker, fixtureOrigin }) => {
  const page = await context.newPage();
  const { composer, busy } = await sendBeforeKit(page, serviceWorker, fixtureOrigin, 'chat', CALM);
  // A second press while it waits is the same send.
  await composer.press('Enter');
  await busy;
  await expectDeliveries(page, [CALM]);
  await expect(page.locator('html[data-steady-kit="ready"]')).toHaveCount(1);
  await expect(overlay(page)).toHaveCount(0);
  // Later sends are decided at once, with nothing held.
  await composer.fill('And the tickets are on the fridge.');
  await composer.press('Enter');
  await expectDeliveries(page, [CALM, 'And the tickets are on the fridge.']);
});

test('a charged draft sent before the kit arrives pauses once it has, and Send anyway delivers it once', async ({ context, serviceWorker, fixtureOrigin }) => {
  const page = await context.newPage();
  const { busy } = await sendBeforeKit(page, serviceWorker, fixtureOrigin, 'chat', CHARGED);
  await busy;
  await expect(overlay(page)).toBeVisible();
  expect(await settledDeliveries(page)).toEqual([]);
  await overlay(page).getByRole('button', { name: 'Send anyway' }).click();
  await expectDeliveries(page, [CHARGED]);
});

test('on a site that ignores replayed keys, a calm held send asks for one more press, which delivers it once', async ({
  context,
  serviceWorker,
  fixtureOrigin,
}) => {
  const page = await context.newPage();
  const { composer, busy } = await sendBeforeKit(page, serviceWorker, fixtureOrigin, 'trusted-only', CALM);
  await busy;
  await expect(page.locator('steady-pause [role="status"]')).toHaveText('Press Enter to send.');
  expect(await settledDeliveries(page)).toEqual([]);
  await composer.press('Enter');
  await expectDeliveries(page, [CALM]);
  await expect(composer).toHaveValue('');
});

test('when the kit does not come in time, the held send goes out as if Steady were absent', async ({ context, serviceWorker, fixtureOrigin }) => {
  const page = await context.newPage();
  const { busy } = await sendBeforeKit(page, serviceWorker, fixtureOrigin, 'chat', CHARGED, 4_500);
  // Steady waits 3 s at most; the worker is still busy then.
  await expectDeliveries(page, [CHARGED]);
  await expect(overlay(page)).toHaveCount(0);
  await busy;
  // The kit arrives afterwards and changes nothing about that send.
  await expect(page.locator('html[data-steady-kit="ready"]')).toHaveCount(1);
  expect(await settledDeliveries(page)).toEqual([CHARGED]);
});

test('a click on Send held for the kit is one send, even when the kit arrives before the button is released', async ({
  context,
  serviceWorker,
  fixtureOrigin,
}) => {
  const page = await context.newPage();
  const composer = await openHost(page, fixtureOrigin, 'chat');
  const send = page.getByRole('button', { name: 'Send' });
  await send.evaluate((button) => {
    // The list of sent messages goes below the form, so a delivery does not move the button from under the pointer.
    document.body.append(document.querySelector('[data-testid="delivered"]')!);
    const clicks = { trusted: 0, replayed: 0 };
    (window as unknown as { __clicks: typeof clicks }).__clicks = clicks;
    button.addEventListener('click', (event) => (event.isTrusted ? clicks.trusted++ : clicks.replayed++));
  });
  const busy = keepWorkerBusy(serviceWorker, 1_500);
  await composer.fill(CALM);
  const box = (await send.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await busy;
  // The analyzer read the draft while the button was still down: it went out once, by replay.
  await expectDeliveries(page, [CALM]);
  await page.mouse.up();
  expect(await settledDeliveries(page)).toEqual([CALM]);
  expect(await page.evaluate(() => (window as unknown as { __clicks: unknown }).__clicks)).toEqual({ trusted: 0, replayed: 1 });
});
