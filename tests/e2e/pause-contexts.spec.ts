import type { Frame, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { COMPOSERS, type ComposerFixture } from './composers';
import { clickAt, CALM, CHARGED } from './pause-support';
import { typeInto, visibleDraft } from './composer-support';

/**
 * The pause in the contexts a page can put a composer in: a strict Content-Security-Policy (with
 * Trusted Types), a page that wraps and freezes the platform's built-ins, and composers embedded
 * in sandboxed or srcdoc frames. Where Steady can reach the composer it pauses as everywhere; where
 * nothing outside the frame can reach in (a sandboxed srcdoc frame), the page works as if Steady
 * were absent: every send goes out once, none is held.
 */

type Context = {
  name: string;
  /** The page to open for a fixture. */
  address: (fixture: ComposerFixture) => string;
  /** Whether the composer is in a frame the page embeds (its only frame). */
  framed: boolean;
  /** Whether Steady can see this composer at all. */
  reached: boolean;
};

const embedded = (how: string) => (fixture: ComposerFixture) => `/pages/contexts/frame.html?fixture=${fixture.name}&how=${how}`;
const CONTEXTS: Context[] = [
  { name: 'a strict CSP with Trusted Types', address: (fixture) => `${fixture.path}?csp=strict`, framed: false, reached: true },
  { name: 'wrapped and frozen built-ins', address: (fixture) => `${fixture.path}?builtins=hostile`, framed: false, reached: true },
  { name: 'a sandboxed frame', address: embedded('sandboxed'), framed: true, reached: true },
  { name: 'a srcdoc frame', address: embedded('srcdoc'), framed: true, reached: true },
  { name: 'a sandboxed srcdoc frame', address: embedded('sandboxed-srcdoc'), framed: true, reached: false },
];
/** A plain textarea, a rich editor, and a mail page whose send key is Ctrl+Enter. */
const FIXTURES = ['textarea-form', 'lexical', 'gmail-like'].map((name) => COMPOSERS.find((fixture) => fixture.name === name)!);

/** The document that holds the fixture: the page itself, or the frame it embeds. */
async function fixtureDocument(page: Page, context: Context): Promise<Frame> {
  if (context.framed) await expect.poll(() => page.mainFrame().childFrames().length).toBe(1);
  const frame = context.framed ? page.mainFrame().childFrames()[0] : page.mainFrame();
  await frame.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  return frame;
}

const delivered = (frame: Frame) => frame.evaluate(() => ((window as unknown as { __delivered?: string[] }).__delivered ?? []).map(String));
/** After two animation frames and a macrotask of the fixture's window, any send already under way has been delivered. */
const settled = (frame: Frame) =>
  frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));

for (const context of CONTEXTS) {
  for (const fixture of FIXTURES) {
    test(`${fixture.name} in ${context.name}: ${context.reached ? 'the pause end to end' : 'every send goes out once, as without Steady'}`, async ({
      context: browser,
      fixtureOrigin,
    }) => {
      test.setTimeout(120_000);
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${fixtureOrigin}${context.address(fixture)}`);
      const frame = await fixtureDocument(page, context);
      const composer: Locator = (context.framed ? page.frameLocator('iframe[title="Embedded composer"]') : page).locator(fixture.composer);
      // The pause opens in the page, or in the frame when Steady runs inside it.
      const overlays = [page, ...(context.framed ? [page.frameLocator('iframe[title="Embedded composer"]')] : [])].map((scope) =>
        scope.locator('steady-pause [role="dialog"]'),
      );
      const openPauses = async () => (await Promise.all(overlays.map((overlay) => overlay.count()))).reduce((sum, count) => sum + count, 0);
      const theOpenPause = async (): Promise<Locator> => {
        await expect.poll(openPauses).toBe(1);
        for (const overlay of overlays) if ((await overlay.count()) === 1) return overlay;
        throw new Error('the pause closed while being looked for');
      };
      const sendButton = (context.framed ? page.frameLocator('iframe[title="Embedded composer"]') : page).locator(fixture.sendButton);
      const send = () => (fixture.sendKey ? page.keyboard.press(fixture.sendKey) : clickAt(page, sendButton));
      const expectDelivered = async (expected: string[]) => {
        await expect.poll(() => delivered(frame)).toHaveLength(expected.length);
        await settled(frame);
        expect(await delivered(frame)).toEqual(expected);
      };

      if (context.name.includes('CSP')) {
        // The policy is in force: the page itself may not even set markup from a string.
        const markup = await page.evaluate(() => {
          try {
            document.createElement('div').innerHTML = '<b>bold</b>';
            return 'allowed';
          } catch {
            return 'refused';
          }
        });
        expect(markup).toBe('refused');
      }
      if (context.name.includes('built-ins'))
        expect(await page.evaluate(() => (window as unknown as { __hostileBuiltins?: boolean }).__hostileBuiltins)).toBe(true);

      await test.step('a calm draft goes out once, with no pause', async () => {
        await typeInto(page, composer, CALM);
        await send();
        await expectDelivered([CALM]);
        expect(await openPauses()).toBe(0);
      });

      const charged = `${CHARGED} (${fixture.name})`;
      if (!context.reached) {
        await test.step('a charged draft goes out once too: Steady cannot see into this frame, so it holds nothing', async () => {
          await typeInto(page, composer, charged);
          await send();
          await expectDelivered([CALM, charged]);
          expect(await openPauses()).toBe(0);
        });
        expect(pageErrors).toEqual([]);
        return;
      }

      await test.step('a charged draft pauses; Keep editing sends nothing and keeps the words', async () => {
        await typeInto(page, composer, charged);
        await send();
        const overlay = await theOpenPause();
        await expect(overlay).toBeVisible();
        await overlay.getByRole('button', { name: 'Keep editing' }).click();
        await expect.poll(openPauses).toBe(0);
        await expectDelivered([CALM]);
        expect(await visibleDraft(composer)).toBe(charged);
      });

      await test.step('Send anyway delivers it exactly once', async () => {
        await send();
        const overlay = await theOpenPause();
        await expect(overlay).toBeVisible();
        await overlay.getByRole('button', { name: 'Send anyway' }).click();
        await expect.poll(openPauses).toBe(0);
        await expectDelivered([CALM, charged]);
      });
      expect(pageErrors).toEqual([]);
    });
  }
}
