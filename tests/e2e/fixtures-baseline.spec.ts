import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { COMPOSERS } from './composers';
import { openFixture, visibleDraft } from './composer-support';
import { expectDeliveries, settledDeliveries } from './pause-support';

// The host pages on their own terms: a calm message (Steady never pauses it) goes out the
// way each site sends, exactly once, and the composer is empty again.
const MESSAGE = 'see you at 6';

for (const fixture of COMPOSERS) {
  const { sendKey } = fixture;
  /** The host's own send: its send key, or (where only the control sends) a click on it. */
  const send = (page: Page) => (sendKey ? page.keyboard.press(sendKey) : page.locator(fixture.sendButton).click());

  test(`${fixture.name}: sends by ${sendKey ? 'key and by ' : ''}button, once each, and empties the composer`, async ({ context, fixtureOrigin }) => {
    const page = await context.newPage();
    const composer = await openFixture(page, fixtureOrigin, fixture);
    await expect(page).toHaveTitle(new RegExp(fixture.name));
    const sent: string[] = [];

    if (sendKey) {
      await test.step(`${sendKey} sends`, async () => {
        await composer.click();
        await page.keyboard.type(MESSAGE);
        await page.keyboard.press(sendKey);
        sent.push(MESSAGE);
        await expectDeliveries(page, sent);
        await expect.poll(() => visibleDraft(composer)).toBe('');
        await expect(page.getByTestId('delivered').getByRole('listitem')).toHaveText(sent);
      });
    }

    await test.step('the send button sends', async () => {
      await composer.click();
      await page.keyboard.type(MESSAGE);
      await page.locator(fixture.sendButton).click();
      sent.push(MESSAGE);
      await expectDeliveries(page, sent);
      await expect.poll(() => visibleDraft(composer)).toBe('');
    });

    await test.step('a whitespace-only draft is not sent', async () => {
      await composer.click();
      await page.keyboard.type('   ');
      await send(page);
      // A slow host acknowledges late: wait as long as it may take.
      if (fixture.slowAckMs) await page.waitForTimeout(fixture.slowAckMs);
      expect(await settledDeliveries(page)).toEqual(sent);
    });
  });

  const { newlineKey } = fixture;
  if (newlineKey) {
    test(`${fixture.name}: ${newlineKey} starts a new line and sends nothing`, async ({ context, fixtureOrigin }) => {
      const page = await context.newPage();
      const composer = await openFixture(page, fixtureOrigin, fixture);
      await composer.click();
      await page.keyboard.type('see you');
      await page.keyboard.press(newlineKey);
      await page.keyboard.type('at 6');
      expect(await settledDeliveries(page)).toEqual([]);
      await expect.poll(() => visibleDraft(composer)).toMatch(/^see you\s*at 6$/);

      await send(page);
      await expectDeliveries(page, ['see you\nat 6']);
    });
  }
}

// Two hosts are picky about where a send comes from; Steady's replay has to live with that.
const byName = (name: string) => COMPOSERS.find((fixture) => fixture.name === name)!;

test('gmail-like: a click with no mousedown before it sends nothing', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  const fixture = byName('gmail-like');
  const composer = await openFixture(page, fixtureOrigin, fixture);
  await composer.click();
  await page.keyboard.type(MESSAGE);
  await page.locator(fixture.sendButton).dispatchEvent('click');
  expect(await settledDeliveries(page)).toEqual([]);
  await page.locator(fixture.sendButton).click();
  await expectDeliveries(page, [MESSAGE]);
});

test('trusted-only: a dispatched Enter or click sends nothing', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  const fixture = byName('trusted-only');
  const composer = await openFixture(page, fixtureOrigin, fixture);
  await composer.click();
  await page.keyboard.type(MESSAGE);
  await composer.dispatchEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
  await page.locator(fixture.sendButton).dispatchEvent('click');
  expect(await settledDeliveries(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expectDeliveries(page, [MESSAGE]);
});

test('autocomplete: Enter picks the open @mention, the next Enter sends', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  const composer = await openFixture(page, fixtureOrigin, byName('autocomplete'));
  await composer.click();
  await page.keyboard.type('thanks @sa');
  await expect(composer).toHaveAttribute('aria-expanded', 'true');
  await expect(composer).toHaveAttribute('aria-activedescendant', 'mention-0');
  await page.keyboard.press('Enter');
  await expect(composer).toHaveValue('thanks @Sam ');
  await expect(composer).toHaveAttribute('aria-expanded', 'false');
  expect(await settledDeliveries(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expectDeliveries(page, ['thanks @Sam']);
});
