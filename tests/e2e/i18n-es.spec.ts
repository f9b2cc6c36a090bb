import { test as base, expect, type Page } from '@playwright/test';
import { launchWithSteady } from './launch';
import { watchExtensionRequests } from './network';
import { english, spanish, spanishI18n } from './spanish';

/** A browser whose interface language is Spanish, with Steady loaded. */
const test = base.extend<{ openPage: (name: string) => Promise<Page> }>({
  openPage: async ({}, use) => {
    // Chromium on Linux takes its interface language from LANGUAGE; --lang covers other systems.
    const previous = process.env.LANGUAGE;
    process.env.LANGUAGE = 'es';
    const launched = await launchWithSteady({ args: ['--lang=es'] }).finally(() => {
      if (previous === undefined) delete process.env.LANGUAGE;
      else process.env.LANGUAGE = previous;
    });
    const requests = watchExtensionRequests(launched.context);
    const probe = await launched.context.newPage();
    await probe.goto(`chrome-extension://${launched.extensionId}/popup.html`);
    if (!(await probe.evaluate(() => chrome.i18n.getUILanguage())).startsWith('es')) await launched.context.addInitScript(spanishI18n, spanish);
    await probe.close();
    await use(async (name) => {
      const page = await launched.context.newPage();
      await page.goto(`chrome-extension://${launched.extensionId}/${name}.html`);
      return page;
    });
    await launched.close();
    expect(requests, 'network requests made by Steady').toEqual([]);
  },
});

const KEYS = Object.keys(english);

/** Fails on any locale key shown raw (a missing string), and on labels, buttons or headings left empty. */
async function expectEveryStringPresent(page: Page, view: string): Promise<void> {
  const found = await page.evaluate((keys) => {
    const texts = [
      document.body.innerText,
      ...[...document.querySelectorAll('[aria-label],[placeholder],[title]')].flatMap((element) =>
        ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
      ),
    ];
    const words = new Set(texts.join(' ').split(/[^A-Za-z0-9_]+/));
    const empty = [...document.querySelectorAll('label, legend, button, h1, h2, option, a')]
      .filter((element) => !(element.textContent ?? '').trim() && !element.getAttribute('aria-label'))
      .map((element) => element.outerHTML.slice(0, 80));
    return { rawKeys: keys.filter((key) => words.has(key)), empty };
  }, KEYS);
  expect(found, view).toEqual({ rawKeys: [], empty: [] });
}

test('every view of Steady renders in Spanish with no missing string', async ({ openPage }) => {
  const options = await openPage('options');
  expect(await options.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^es/);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText(spanish.optionsHeading.message);
  await expect(options.locator('html')).toHaveAttribute('lang', /^es/);
  await options.getByLabel(spanish.options_previewLabel.message).fill("I'm so sorry, sorry, sorry, please don't be mad at me");
  await options.getByRole('button', { name: spanish.data_deleteAll.message }).click();
  await expect(options.getByRole('button', { name: spanish.data_deleteConfirm.message })).toBeVisible();
  await expectEveryStringPresent(options, 'options');
  // Weekdays come from Intl in the person's language.
  await expect(options.getByLabel(spanish.options_checkInDay.message).locator('option').first()).toHaveText('domingo');

  const tour = await openPage('onboarding');
  for (let step = 1; step <= 5; step++) {
    await expect(tour.getByText(`Paso ${step} de 5`)).toBeVisible();
    await expectEveryStringPresent(tour, `onboarding step ${step}`);
    await tour.getByRole('button', { name: step < 5 ? spanish.onboarding_next.message : spanish.onboarding_finish.message }).click();
  }
  await expect(tour.getByRole('heading', { name: spanish.onboarding_doneTitle.message })).toBeVisible();
  await expectEveryStringPresent(tour, 'onboarding done');

  for (const name of ['popup', 'practice']) {
    const page = await openPage(name);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await expectEveryStringPresent(page, name);
  }
});
