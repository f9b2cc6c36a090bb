import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { storedRecords } from './helpers';
import { CHARGED, clickAt, expectDeliveries, openChargedPause, overlay, settledDeliveries } from './pause-support';

/**
 * A hostile page tries to make the person click Steady's buttons without seeing them: it
 * fades the page or Steady's window, or lays something over it. Steady's buttons must do
 * nothing then, say why, and leave the person able to send on their own.
 */
type Attack = {
  name: string;
  apply: (page: Page) => Promise<unknown>;
  /** Styles aimed at Steady's own element lose to its shadow root's reset: the fade may not take. */
  mayNotTake?: boolean;
};

const ATTACKS: Attack[] = [
  { name: 'html faded to 1%', apply: (page) => page.evaluate(() => document.documentElement.style.setProperty('opacity', '0.01', 'important')) },
  { name: 'body faded to 2%', apply: (page) => page.evaluate(() => document.body.style.setProperty('opacity', '0.02', 'important')) },
  {
    name: "Steady's element faded by a page style sheet",
    apply: (page) =>
      page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'steady-pause { opacity: 0.01 !important; filter: opacity(0.01) !important; }';
        document.head.append(style);
        document.querySelector<HTMLElement>('steady-pause')!.style.setProperty('opacity', '0.01', 'important');
      }),
    mayNotTake: true,
  },
  {
    name: "Steady's element moved into a faded wrapper",
    apply: (page) =>
      page.evaluate(() => {
        const host = document.querySelector('steady-pause')!;
        const wrapper = document.createElement('div');
        wrapper.style.opacity = '0.01';
        host.replaceWith(wrapper);
        wrapper.append(host);
      }),
  },
  {
    name: 'a transparent layer over the whole page that takes the clicks',
    apply: (page) =>
      page.evaluate(() => {
        const cover = document.createElement('div');
        cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:transparent';
        document.body.append(cover);
      }),
  },
  {
    name: 'a decoy laid over the buttons that lets the clicks through',
    apply: (page) =>
      page.evaluate(() => {
        const decoy = document.createElement('div');
        decoy.textContent = 'Claim your prize';
        decoy.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none;display:grid;place-items:center;font-size:40px';
        document.body.append(decoy);
      }),
  },
];

async function savedDrafts(extensionPage: Page): Promise<number> {
  return extensionPage.evaluate(async () => (((await chrome.storage.local.get('drafts')).drafts ?? []) as unknown[]).length);
}

test('with nothing hiding it, a click on Send anyway sends once (the guard lets a clear click through)', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  await openChargedPause(page, fixtureOrigin);
  await clickAt(page, overlay(page).getByRole('button', { name: 'Send anyway' }));
  await expectDeliveries(page, [CHARGED]);
  console.log('clear click on Send anyway: 1 delivered, 0 refused');
});

for (const attack of ATTACKS) {
  test(`clickjacking, ${attack.name}: Steady's buttons refuse, say why, and the native send still works`, async ({
    context,
    fixtureOrigin,
    openExtensionPage,
  }) => {
    const steady = await openExtensionPage('options');
    let refused = 0;
    let untaken = 0;
    for (const button of ['Send anyway', 'Save for later'] as const) {
      const page = await context.newPage();
      const composer = await openChargedPause(page, fixtureOrigin);
      const target = overlay(page).getByRole('button', { name: button });
      const box = (await target.boundingBox())!;
      await attack.apply(page);
      if (attack.mayNotTake) {
        const seen = await page.evaluate(() => {
          const style = getComputedStyle(document.querySelector('steady-pause')!);
          return { opacity: Number(style.opacity), filter: style.filter };
        });
        if (seen.opacity === 1 && seen.filter === 'none') {
          // The page's style did not fade Steady at all: the person sees the button, and it works.
          console.log(`${attack.name}: the page's style did not take (opacity ${seen.opacity}, filter ${seen.filter}); ${button} acts as usual`);
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
          await expect(overlay(page)).toHaveCount(0);
          if (button === 'Send anyway') await expectDeliveries(page, [CHARGED]);
          else await expect.poll(() => savedDrafts(steady)).toBe(1);
          await steady.evaluate(() => chrome.storage.local.remove('drafts'));
          await page.close();
          untaken++;
          continue;
        }
      }
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

      // Refused: nothing sent or saved, the window steps aside with a note, the draft is back.
      await expect(overlay(page)).toHaveCount(0);
      await expect(page.locator('steady-pause [role="status"]')).toContainText('hidden or covered');
      expect(await settledDeliveries(page)).toEqual([]);
      expect(await savedDrafts(steady)).toBe(0);
      await expect(composer).toHaveValue(CHARGED);
      await expect(composer).toBeFocused();
      refused++;

      // The person can still send on their own, once.
      await page.keyboard.press('Enter');
      await expectDeliveries(page, [CHARGED]);
      await page.close();
    }
    await expect.poll(async () => (await storedRecords(steady)).filter((record) => record.type === 'pause').length).toBe(2);
    const outcomes = (await storedRecords(steady)).filter((record) => record.type === 'pause').map((pause) => pause.outcome);
    console.log(
      `${attack.name}: ${refused} of ${2 - untaken} clicks on a hidden window refused (0 Steady sends or saves from them, ${refused} native sends delivered once each); ${untaken} clicks where the fade did not take acted as usual; outcomes ${outcomes.sort().join(', ')}`,
    );
    if (!attack.mayNotTake) expect(refused).toBe(2);
    expect(outcomes.filter((outcome) => outcome === 'stepped-aside')).toHaveLength(refused);
  });
}

for (const trap of [
  { name: 'removes it from the page', apply: () => document.querySelector('steady-pause')!.remove() },
  {
    name: 'hides it inside a hidden wrapper',
    apply: () => {
      const host = document.querySelector('steady-pause')!;
      const wrapper = document.createElement('div');
      wrapper.style.display = 'none';
      host.replaceWith(wrapper);
      wrapper.append(host);
    },
  },
]) {
  test(`a page that ${trap.name} cannot trap the person behind a pause they cannot see`, async ({ context, fixtureOrigin, openExtensionPage }) => {
    const steady = await openExtensionPage('options');
    const page = await context.newPage();
    const composer = await openChargedPause(page, fixtureOrigin);
    await page.evaluate(trap.apply);
    await expect(overlay(page)).toBeHidden();
    // The person clicks back into their message and sends it: it goes out, once.
    await composer.click();
    await expect(composer).toHaveValue(CHARGED);
    await page.keyboard.press('Enter');
    await expectDeliveries(page, [CHARGED]);
    await expect
      .poll(async () => (await storedRecords(steady)).filter((record) => record.type === 'pause').map((pause) => pause.outcome))
      .toEqual(['stepped-aside']);
    console.log(
      `a page that ${trap.name}: Steady stepped aside at the next click; 1 native send delivered; pause recorded as stepped-aside (Steady's doing, not the person's choice)`,
    );
  });
}

test('clickjacking by keyboard: with the page faded, Send anyway pressed from the keyboard refuses too', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  const composer = await openChargedPause(page, fixtureOrigin);
  await page.evaluate(() => document.documentElement.style.setProperty('opacity', '0.01', 'important'));
  await overlay(page).getByRole('button', { name: 'Send anyway' }).focus();
  await page.keyboard.press('Enter');
  await expect(overlay(page)).toHaveCount(0);
  await expect(page.locator('steady-pause [role="status"]')).toContainText('hidden or covered');
  expect(await settledDeliveries(page)).toEqual([]);
  await expect(composer).toBeFocused();
  await page.keyboard.press('Enter');
  await expectDeliveries(page, [CHARGED]);
  console.log('keyboard press on Send anyway in a faded page: refused; 1 native send delivered');
});
