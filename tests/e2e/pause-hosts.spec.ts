import { test, expect } from './fixtures';
import {
  buildHost,
  CALM,
  clickAt,
  CHARGED,
  draftIn,
  expectDeliveries,
  HOSTS,
  overlay,
  settledDeliveries,
  steadyReady,
  typeDraft,
  type HostKind,
} from './pause-support';

const KINDS: HostKind[] = ['mail', 'trusted-only', 'frame'];

for (const kind of KINDS) {
  test.describe(`${kind} host`, () => {
    const [sendKey] = HOSTS[kind].sendKeys;

    test('a calm draft sends once with no pause', async ({ context, fixtureOrigin }) => {
      const page = await context.newPage();
      await buildHost(page, fixtureOrigin, kind);
      await steadyReady(page);
      await typeDraft(page, kind, CALM);
      await page.keyboard.press(sendKey);
      await expectDeliveries(page, [CALM]);
      await expect(page.locator('steady-pause')).toHaveCount(0);
    });

    test('a charged draft pauses, Send anyway delivers it exactly once', async ({ context, fixtureOrigin }) => {
      const page = await context.newPage();
      await buildHost(page, fixtureOrigin, kind);
      await steadyReady(page);
      await typeDraft(page, kind, CHARGED);
      await page.keyboard.press(sendKey);
      await overlay(page).getByRole('button', { name: 'Send anyway' }).click();
      if (kind === 'trusted-only') {
        // The site ignores Steady's replay: it asks for one more press, and lets that one through.
        await expect(page.locator('steady-pause [role="status"]')).toHaveText('Press Enter to send.');
        expect(await settledDeliveries(page)).toEqual([]);
        await expect(HOSTS[kind].composer(page)).toBeFocused();
        await page.keyboard.press('Enter');
      }
      await expectDeliveries(page, [CHARGED]);
      await expect(overlay(page)).toHaveCount(0);
    });

    test('Keep editing delivers nothing and leaves the draft in place', async ({ context, fixtureOrigin }) => {
      const page = await context.newPage();
      await buildHost(page, fixtureOrigin, kind);
      await steadyReady(page);
      await typeDraft(page, kind, CHARGED);
      await page.keyboard.press(sendKey);
      await overlay(page).getByRole('button', { name: 'Keep editing' }).click();
      await expect(overlay(page)).toHaveCount(0);
      await expect(HOSTS[kind].composer(page)).toBeFocused();
      expect(await draftIn(page, kind)).toBe(CHARGED);
      expect(await settledDeliveries(page)).toEqual([]);
    });
  });
}

test('mail: clicking Send on a charged draft pauses; Send anyway replays the whole click once', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  await buildHost(page, fixtureOrigin, 'mail');
  await steadyReady(page);
  await typeDraft(page, 'mail', CHARGED);
  await clickAt(page, page.getByRole('button', { name: 'Send', exact: true }));
  await expect(overlay(page)).toBeVisible();
  expect(await settledDeliveries(page)).toEqual([]);
  await overlay(page).getByRole('button', { name: 'Send anyway' }).click();
  await expectDeliveries(page, [CHARGED]);
});

test("mail: an editor's placeholder is not part of the draft", async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  await buildHost(page, fixtureOrigin, 'mail');
  await steadyReady(page);
  const body = HOSTS.mail.composer(page);
  await typeDraft(page, 'mail', CALM);
  // An editor's placeholder, as some editors keep inside the editable region.
  await body.evaluate((element) => {
    const placeholder = document.createElement('div');
    Object.assign(placeholder, { className: 'placeholder', contentEditable: 'false', textContent: "I'm so sorry, sorry, sorry, please don't be mad" });
    placeholder.setAttribute('aria-hidden', 'true');
    element.prepend(placeholder);
  });
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await settledDeliveries(page)).length).toBe(1);
  await expect(page.locator('steady-pause')).toHaveCount(0);
});

test('mail: plain Enter is a new line there, never a send or a pause', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  await buildHost(page, fixtureOrigin, 'mail');
  await steadyReady(page);
  await typeDraft(page, 'mail', CHARGED);
  await page.keyboard.press('Enter');
  await expect(page.locator('steady-pause')).toHaveCount(0);
  expect(await settledDeliveries(page)).toEqual([]);
});

test('trusted-only: after Steady asks for one more press, changing the words makes it a new send that is considered afresh', async ({
  context,
  fixtureOrigin,
}) => {
  const page = await context.newPage();
  await buildHost(page, fixtureOrigin, 'trusted-only');
  await steadyReady(page);
  await typeDraft(page, 'trusted-only', CHARGED);
  await page.keyboard.press('Enter');
  await overlay(page).getByRole('button', { name: 'Send anyway' }).click();
  await expect(page.locator('steady-pause [role="status"]')).toHaveText('Press Enter to send.');
  // Instead of sending, the person adds to the draft: the pass given for the old words is gone.
  await page.keyboard.type(' And another thing, I am SO sorry.');
  await page.keyboard.press('Enter');
  await expect(overlay(page)).toBeVisible();
  expect(await settledDeliveries(page)).toEqual([]);
  await overlay(page).getByRole('button', { name: 'Keep editing' }).click();
  expect(await draftIn(page, 'trusted-only')).toBe(`${CHARGED} And another thing, I am SO sorry.`);
});
