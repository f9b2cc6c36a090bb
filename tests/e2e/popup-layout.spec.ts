import type { BrowserContext, Page, Worker } from '@playwright/test';
import { inContentScript } from './helpers';
import { test, expect } from './fixtures';
import { spanish, spanishI18n } from './spanish';
import { expectAccessible } from './options-support';

const DAY = 86_400_000;
const VIEWS = ['home', 'history', 'summary', 'drafts', 'breathe', 'senses', 'feeling', 'defences'] as const;

/** A week with something in every part of the summary, and a pause on an added site waiting to be followed up. */
async function seed(context: BrowserContext, popup: Page, origin: string): Promise<void> {
  await popup.evaluate(async (DAY) => {
    const at = Date.now() - 60_000;
    const records = [
      { type: 'moment', id: 'm1', at, kind: 'felt-understood', safety: 4, note: 'A kind reply' },
      { type: 'grounding', id: 'g1', at, exercise: 'breathing-box', durationMs: 60_000, completed: true, before: 2, after: 4 },
      { type: 'rupture', id: 'r1', at: at - 4 * DAY, person: 'Alex', promptAt: at - DAY },
    ];
    const reply = await chrome.runtime.sendMessage({ name: 'page:put-records', data: { records } });
    if (!reply.ok) throw new Error(reply.error);
  }, DAY);
  // A pause on an added site, recorded by its content script (which may speak only for its own site).
  const page = await context.newPage();
  await page.goto(`${origin}/pages/plain.html`);
  const pause = { pauseId: 'p0', trigger: 'flagged', patterns: ['testing'], score: 0.8, outcome: 'kept-editing', durationMs: 3000 };
  await inContentScript(page, `chrome.runtime.sendMessage({ name: 'content:pause-closed', data: { ...${JSON.stringify(pause)}, site: location.origin } })`);
  await page.close();
}

const fireCheckIn = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as { steadyFireAlarm: (name: string) => Promise<void> }).steadyFireAlarm('weekly-check-in'));

for (const lang of ['en', 'es'] as const) {
  test(`every popup view fits 380 px in one column, tab bar on one row (${lang})`, async ({ context, extensionId, fixtureOrigin, serviceWorker }) => {
    // Eight views, each measured, photographed and checked by axe in light and dark.
    test.setTimeout(240_000);
    if (lang === 'es') await context.addInitScript(spanishI18n, spanish);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await seed(context, popup, fixtureOrigin);
    await fireCheckIn(serviceWorker);

    for (const view of VIEWS) {
      await popup.goto(`chrome-extension://${extensionId}/popup.html#${view}`);
      await expect(popup.getByRole('heading', { level: 2 }).first()).toBeVisible();
      const layout = await popup.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        width: document.documentElement.clientWidth,
        tabRows: new Set([...document.querySelectorAll('nav button')].map((button) => (button as HTMLElement).offsetTop)).size,
      }));
      expect(layout, view).toEqual({ scroll: layout.width, width: 380, tabRows: 1 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await popup.screenshot({ path: `tests/e2e/__screenshots__/popup-${view}-${lang}-${colorScheme}.png` });
        // With the follow-up, check-in and rupture cards showing, in both languages.
        await expectAccessible(popup, colorScheme);
      }
      await popup.emulateMedia({ colorScheme: 'light' });
    }

    // The week: a one-line date heading, a visible chart title, scales that say their range, one count a row.
    await popup.goto(`chrome-extension://${extensionId}/popup.html#summary`);
    const heading = popup.locator('#summary-title');
    const lines = await heading.evaluate((element) => element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight));
    expect(lines).toBeLessThan(1.5);
    await expect(popup.locator('figcaption')).toBeVisible();
    await expect(popup.locator('figcaption')).toHaveText(spanishOr(lang, 'summary_chartTitle', 'Trust moments each day'));
    await expect(popup.locator('.figures dd').filter({ hasText: '→' })).toHaveText(lang === 'es' ? '2 → 4 de 5' : '2 → 4 of 5');
    const patternRow = popup.locator('.counts li').filter({ hasText: spanishOr(lang, 'options_pattern_testing', 'Testing people') });
    await expect(patternRow).toContainText('127.0.0.1');
    await expect(patternRow.locator('strong')).toHaveText('1');
    expect(await patternRow.locator('span').first().innerText()).not.toMatch(/\(\d+\)|:\d+/);
  });
}

function spanishOr(lang: 'en' | 'es', key: string, english: string): string {
  return lang === 'es' ? spanish[key].message : english;
}

test('Home keeps the log above the fold at 380×600 with every card waiting', async ({ context, extensionId, fixtureOrigin, serviceWorker }) => {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await seed(context, popup, fixtureOrigin);
  await fireCheckIn(serviceWorker);
  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'Reminders you asked for' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'How did it go?' })).toHaveCount(1);
  await expect(popup.getByText('Earlier on 127.0.0.1 you paused and kept editing. How did it go?')).toBeVisible();
  const firstKind = popup.locator('.kind-grid button').first();
  const box = (await firstKind.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(600);
});
