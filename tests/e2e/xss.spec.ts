import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CHARGED, overlay, steadyReady } from './pause-support';
import { HOSTILE_STRINGS, INJECTED_SELECTOR } from './hostile-strings';

/**
 * 200 hostile strings stored as notes, person labels, custom kinds, site names and saved
 * drafts are shown as plain text in the popup, the options page and the overlay: no
 * script runs, no markup appears, the pages' CSP is never even tested.
 */

type Watch = { violations: string[]; console: string[]; errors: string[] };

/** Every page of the context reports CSP violations; `window.__xss` is the sentinel each payload would set. */
async function watchPages(context: BrowserContext): Promise<Watch> {
  const watch: Watch = { violations: [], console: [], errors: [] };
  await context.addInitScript(() => {
    const report: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = report;
    addEventListener('securitypolicyviolation', (event) => report.push(`${event.violatedDirective} ${event.blockedURI}`), true);
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      // The fixture server has no favicon; anything else reported as an error counts.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) watch.console.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => watch.errors.push(error.message));
  });
  return watch;
}

/** What a page shows, what markup crept in, and whether any payload ran. */
async function inspect(page: Page, root?: string): Promise<{ text: string; injected: string[]; xss: unknown; violations: string[] | null }> {
  return page.evaluate(
    ({ selector, root }) => {
      const scope: ParentNode = root ? document.querySelector(root)!.shadowRoot! : document;
      return {
        text: (root ? (scope as ShadowRoot) : document.body).textContent ?? '',
        injected: [...scope.querySelectorAll(selector)].map((element) => element.outerHTML.slice(0, 80)),
        xss: (window as unknown as { __xss?: unknown }).__xss,
        // null if the CSP watch was not installed in this page: the check below then fails.
        violations: (window as unknown as { __violations?: string[] }).__violations ?? null,
      };
    },
    { selector: INJECTED_SELECTOR, root },
  );
}

const shown = (text: string, values: string[]) => values.filter((value) => text.includes(value)).length;

async function storeHostileData(steady: Page): Promise<void> {
  await steady.evaluate(async (strings) => {
    const now = Date.now();
    const day = 86_400_000;
    const records = [
      ...strings.map((text, index) => ({
        type: 'moment',
        id: `m${index}`,
        at: now - index * 60_000,
        kind: `custom:k${index % 50}`,
        note: text.slice(0, 500),
        person: text.slice(0, 60),
      })),
      ...strings.slice(0, 20).map((text, index) => ({
        type: 'rupture',
        id: `r${index}`,
        at: now - 3 * day - index,
        note: text.slice(0, 500),
        person: text.slice(0, 60),
        promptAt: now - day,
      })),
    ];
    const reply = await chrome.runtime.sendMessage({ name: 'page:put-records', data: { records } });
    if (!reply?.ok) throw new Error(reply?.error);

    // Pause records (site names) are written by the background from content scripts; here straight into storage.
    const stored = await chrome.storage.local.get(null);
    const months: Record<string, Record<string, unknown>> = {};
    strings.forEach((text, index) => {
      const at = now - index * 60_000;
      const month = `journal:${new Date(at).toISOString().slice(0, 7)}`;
      months[month] ??= { ...((stored[month] as object) ?? {}) };
      months[month][`p${index}`] = {
        type: 'pause',
        id: `p${index}`,
        at,
        site: text.slice(0, 200),
        trigger: 'flagged',
        patterns: ['testing', 'over-apology'],
        score: 0.7,
        outcome: index % 2 ? 'kept-editing' : 'saved-for-later',
        durationMs: 4_000,
      };
    });
    const index = [...new Set([...((stored.journal as string[]) ?? []), ...Object.keys(months).map((key) => key.slice(8))])].sort();
    const drafts = strings.map((text, position) => ({
      id: `d${position}`,
      at: now - position * 1_000,
      site: text.slice(0, 200),
      text,
      expiresAt: now + 7 * day,
    }));
    await chrome.storage.local.set({ ...months, journal: index, drafts });
  }, HOSTILE_STRINGS);
}

async function setCustomKinds(steady: Page, labels: string[]): Promise<void> {
  await steady.evaluate(async (labels) => {
    const { settings } = await chrome.storage.local.get('settings');
    const customKinds = labels.map((label, index) => ({ id: `custom:k${index}`, label: label.slice(0, 40) }));
    await chrome.storage.local.set({ settings: { ...(settings as Record<string, unknown>), customKinds } });
  }, labels);
}

test('200 hostile strings are shown as text in the popup, options and overlay: no script runs, no markup, no CSP violation', async ({
  context,
  fixtureOrigin,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const watch = await watchPages(context);
  const steady = await openExtensionPage('options');
  await storeHostileData(steady);
  const figures: string[] = [];
  const check = (where: string, seen: Awaited<ReturnType<typeof inspect>>) => {
    expect(seen.injected, `${where}: markup from stored text`).toEqual([]);
    expect(seen.xss, `${where}: a payload ran`).toBeUndefined();
    expect(seen.violations, `${where}: CSP violations`).toEqual([]);
  };
  const notes = HOSTILE_STRINGS.map((text) => text.slice(0, 500));
  const people = HOSTILE_STRINGS.map((text) => text.slice(0, 60));
  const sites = HOSTILE_STRINGS.map((text) => text.slice(0, 200));

  // Custom kinds, 50 at a time (the most Steady keeps): each batch shown on the popup's home.
  let kindsShown = 0;
  for (let batch = 0; batch < 4; batch++) {
    const labels = HOSTILE_STRINGS.slice(batch * 50, batch * 50 + 50);
    await setCustomKinds(steady, labels);
    const popup = await openExtensionPage('popup');
    await expect(popup.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect
      .poll(async () =>
        shown(
          (await inspect(popup)).text,
          labels.map((label) => label.slice(0, 40)),
        ),
      )
      .toBe(50);
    const seen = await inspect(popup);
    check(`popup home, kinds batch ${batch + 1}`, seen);
    kindsShown += shown(
      seen.text,
      labels.map((label) => label.slice(0, 40)),
    );
    if (batch === 0) figures.push(`home: ${shown(seen.text, people)} person labels, ${shown(seen.text, sites)} site names in prompts`);
    await popup.close();
  }
  figures.push(`custom kinds: ${kindsShown}/200 as text`);

  // History: every note and person, a page at a time.
  const history = await openExtensionPage('popup', '#history');
  const more = history.getByRole('button', { name: 'Show more' });
  await expect(history.locator('.history-item').first()).toBeVisible();
  while (await more.count()) {
    await more.click();
    await history.waitForTimeout(50);
  }
  await expect(history.locator('.history-item')).toHaveCount(200);
  let seen = await inspect(history);
  check('popup history', seen);
  figures.push(`history: ${shown(seen.text, notes)}/200 notes, ${shown(seen.text, people)}/200 person labels as text`);
  expect(shown(seen.text, notes)).toBe(200);
  expect(shown(seen.text, people)).toBe(200);

  const summary = await openExtensionPage('popup', '#summary');
  await expect(summary.locator('main')).toContainText(sites[0].slice(0, 20));
  seen = await inspect(summary);
  check('popup summary', seen);
  figures.push(`week summary: ${shown(seen.text, sites)} site names as text`);

  const drafts = await openExtensionPage('popup', '#drafts');
  await expect(drafts.locator('.draft-text')).toHaveCount(200);
  seen = await inspect(drafts);
  check('popup drafts', seen);
  figures.push(`drafts: ${shown(seen.text, HOSTILE_STRINGS)}/200 texts, ${shown(seen.text, sites)}/200 site names as text`);
  expect(shown(seen.text, HOSTILE_STRINGS)).toBe(200);
  expect(shown(seen.text, sites)).toBe(200);

  // Options: hostile "sites" never pass validation into the sites list; the preview shows a hostile draft as text.
  await steady.evaluate(
    async (sites) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as Record<string, unknown>), addedSites: sites } });
    },
    HOSTILE_STRINGS.slice(0, 5),
  );
  const options = await openExtensionPage('options');
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  await options.getByLabel(/try a draft/i).fill(`${CHARGED}\n${HOSTILE_STRINGS.slice(0, 60).join('\n')}`);
  await expect(options.locator('.preview-result')).toContainText(HOSTILE_STRINGS[0]);
  seen = await inspect(options);
  check('options', seen);
  // Pages never write storage: the stored value stays until the worker repairs it, but nothing reads it as a site.
  const siteList = await options.getByRole('list', { name: 'Sites you added' }).count();
  figures.push(
    `options: ${shown(seen.text, HOSTILE_STRINGS.slice(0, 60))}/60 preview lines as text; 5 hostile added "sites" refused by validation, ${siteList} sites listed`,
  );
  expect(siteList).toBe(0);

  // The overlay on a page: the draft with every payload, shown as text inside Steady's window.
  await steady.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as Record<string, unknown>), pauseMode: 'always' } });
  });
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/dist/textarea-form/index.html`);
  await steadyReady(page);
  const draft = `${CHARGED}\n${HOSTILE_STRINGS.join('\n')}`.slice(0, 20_000);
  const inDraft = HOSTILE_STRINGS.filter((text) => draft.includes(text));
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill(draft);
  await composer.press('Enter');
  await expect(overlay(page)).toBeVisible();
  seen = await inspect(page, 'steady-pause');
  check('overlay', seen);
  figures.push(`overlay: ${shown(seen.text, inDraft)}/${inDraft.length} draft lines as text`);
  expect(shown(seen.text, inDraft)).toBe(inDraft.length);
  check('host page', await inspect(page));
  await overlay(page).getByRole('button', { name: 'Save for later' }).click();
  // 200 saved drafts are past the cap: this one is refused, said so, and nothing stored is lost.
  await expect(page.locator('steady-pause [role="status"]', { hasText: 'Not saved: Steady already keeps as many drafts as it can.' })).toBeVisible();
  expect(await steady.evaluate(async () => (((await chrome.storage.local.get('drafts')).drafts ?? []) as unknown[]).length)).toBe(200);

  const consoleErrors = [...watch.console];
  const pageErrors = [...watch.errors];

  // Control: the same string parsed as markup would have been caught, by the selector, the sentinel and the console.
  await page.evaluate((payload) => document.body.append(document.createRange().createContextualFragment(payload)), HOSTILE_STRINGS[1]);
  await expect.poll(async () => (await inspect(page)).xss).toBe(1);
  expect((await inspect(page)).injected).toHaveLength(1);
  await expect.poll(() => watch.console.length).toBeGreaterThan(consoleErrors.length);
  figures.push('control: one payload parsed as markup on purpose tripped the sentinel, the selector and the console watch');

  console.log(
    `xss: ${HOSTILE_STRINGS.length} hostile strings; ${figures.join('; ')}; before the control: 0 CSP violations, ${consoleErrors.length} console errors, ${pageErrors.length} page errors, 0 scripts ran`,
  );
  expect(consoleErrors).toEqual([]);
  expect(pageErrors).toEqual([]);
});
