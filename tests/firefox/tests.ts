import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import type { FirefoxSession } from './harness';
import { startFixtureServer } from '../e2e/server';

/** Firefox's promise-based extension namespace, as seen by code evaluated in Steady's pages. */
declare const browser: typeof chrome;

type FirefoxTest = (session: FirefoxSession, fixtures: { origin: string }) => Promise<string | void>;

/** The same drafts as the Chromium pause tests: a calm one, and a charged one (over-apology). */
const CALM = 'Sounds good, see you at six!';
const CHARGED = "I'm so sorry, I'm sorry, I'm such an idiot, sorry, please don't be mad at me";

/** Composer fixtures (tests/fixtures/dist) and how to reach their editor. */
const PAUSE_FIXTURES = [
  { name: 'textarea-form', composer: 'textarea[aria-label="Message"]' },
  { name: 'lexical', composer: '[data-lexical-editor="true"][role="textbox"]' },
  { name: 'slate', composer: '[data-slate-editor="true"][role="textbox"]' },
  // The fixture server's strict policy (tests/e2e/server.ts): only the page's own scripts and styles, and Trusted Types.
  { name: 'textarea-form', composer: 'textarea[aria-label="Message"]', query: '?csp=strict' },
] as const;

const delivered = (page: Page) => page.evaluate(() => ((window as unknown as { __delivered?: string[] }).__delivered ?? []).slice());
const overlayOpen = (page: Page) => page.evaluate(() => !!document.querySelector('steady-pause')?.shadowRoot?.querySelector('[role="dialog"]'));

async function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits for `count` deliveries, then a moment more, so a doubled send would show. */
async function expectDelivered(page: Page, expected: string[]): Promise<void> {
  await until(
    `${expected.length} deliveries`,
    () => delivered(page),
    (sent) => sent.length >= expected.length,
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.deepEqual(await delivered(page), expected);
}

/** Types a draft as a person would (real key events) into the fixture's editor, and presses Enter. */
async function sendDraft(page: Page, composer: string, text: string): Promise<void> {
  await page.click(composer);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function pauseFlow(session: FirefoxSession, origin: string, fixture: (typeof PAUSE_FIXTURES)[number]): Promise<string> {
  const page = await session.firefox.newPage();
  await page.goto(`${origin}/dist/${fixture.name}/index.html${'query' in fixture ? fixture.query : ''}`);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true && document.documentElement.dataset.steadyReady === 'on');

  await sendDraft(page, fixture.composer, CALM);
  await expectDelivered(page, [CALM]);
  assert.equal(await overlayOpen(page), false, 'a calm draft opened a pause');

  await sendDraft(page, fixture.composer, CHARGED);
  await until('the pause overlay', () => overlayOpen(page), Boolean);
  assert.deepEqual(await delivered(page), [CALM], 'the charged draft went out before the person chose');
  const button = await page.evaluate(() => {
    const send = [...document.querySelector('steady-pause')!.shadowRoot!.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.trim() === 'Send anyway',
    )!;
    const box = send.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  await page.mouse.click(button.x, button.y);
  await expectDelivered(page, [CALM, CHARGED]);
  await until(
    'the overlay to close',
    () => overlayOpen(page),
    (open) => !open,
  );

  const popup = await session.extensionPage('popup');
  const pauses = await until(
    'the pause record',
    () =>
      popup.evaluate(async () => {
        const all = await browser.storage.local.get(null);
        return Object.entries(all)
          .filter(([key]) => /^journal:\d{4}-\d{2}$/.test(key))
          .flatMap(([, month]) => Object.values(month as Record<string, { type: string; outcome?: string }>))
          .filter((record) => record.type === 'pause')
          .map((record) => record.outcome);
      }),
    (outcomes) => outcomes.length > 0,
  );
  assert.deepEqual(pauses, ['sent-anyway']);
  return `calm: 1 sent, no pause; charged: paused, Send anyway delivered it once; 1 pause recorded (${pauses[0]})`;
}

export const firefoxTests: Record<string, FirefoxTest> = {
  'the popup logs a moment that is stored': async ({ extensionPage }) => {
    const popup = await extensionPage('popup');
    await popup.locator('button ::-p-text(Asked for help)').click();
    await popup.locator('button ::-p-text(Save moment)').click();
    // Each status line sits beside its controls: the save is confirmed in one of them.
    await popup.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((line) => /saved/i.test(line.textContent ?? '')));
    const records = await popup.evaluate(async () => {
      const all = await browser.storage.local.get(null);
      return Object.entries(all)
        .filter(([key]) => /^journal:\d{4}-\d{2}$/.test(key))
        .flatMap(([, month]) => Object.values(month as object));
    });
    assert.equal(records.length, 1);
    assert.equal((records[0] as { kind: string }).kind, 'asked-for-help');
    return `${records.length} moment stored (${(records[0] as { kind: string }).kind})`;
  },

  'pause flow on the textarea-form fixture': (session, { origin }) => pauseFlow(session, origin, PAUSE_FIXTURES[0]),

  'pause flow on the lexical fixture': (session, { origin }) => pauseFlow(session, origin, PAUSE_FIXTURES[1]),

  'pause flow on the slate fixture': (session, { origin }) => pauseFlow(session, origin, PAUSE_FIXTURES[2]),

  'pause flow on a page with a strict CSP': (session, { origin }) => pauseFlow(session, origin, PAUSE_FIXTURES[3]),

  'the weekly check-in, without notifications, marks the toolbar icon and waits as a card that opens the week': async ({ extensionPage }) => {
    const popup = await extensionPage('popup');
    // The e2e build's hook on the background page fires an alarm now, instead of waiting for the clock.
    await popup.evaluate(async () => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as { steadyFireAlarm: (name: string) => Promise<void> };
      await background.steadyFireAlarm('weekly-check-in');
    });
    const badgeIs = (text: string, page = popup) =>
      page.waitForFunction(
        async (text) => (await (browser.browserAction as unknown as { getBadgeText: (details: object) => Promise<string> }).getBadgeText({})) === text,
        {},
        text,
      );
    await badgeIs('•');
    await popup.close();
    // Opened again, as the person does after seeing the mark.
    const again = await extensionPage('popup');
    await again.locator('button ::-p-text(Open the week)').click();
    await again.waitForSelector('button ::-p-text(Previous week)');
    await badgeIs('', again);
    return 'the toolbar icon was marked, the card opened the week and the mark cleared';
  },
  'Save for later with a reminder empties the composer; the reminder, without notifications, marks the toolbar icon and opens the draft': async (
    session,
    { origin },
  ) => {
    const { firefox, extensionPage } = session;
    const fixture = PAUSE_FIXTURES[0];
    const page = await firefox.newPage();
    await page.goto(`${origin}/dist/${fixture.name}/index.html`);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true && document.documentElement.dataset.steadyReady === 'on');
    await sendDraft(page, fixture.composer, CHARGED);
    await until('the pause overlay', () => overlayOpen(page), Boolean);
    const button = await page.evaluate(() => {
      const root = document.querySelector('steady-pause')!.shadowRoot!;
      const remind = root.querySelector<HTMLSelectElement>('#steady-remind')!;
      remind.value = '60';
      remind.dispatchEvent(new Event('change', { bubbles: true }));
      const save = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Save for later')!;
      const box = save.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await page.mouse.click(button.x, button.y);
    await until(
      'the composer to be emptied',
      () => page.$eval(fixture.composer, (box) => (box as HTMLTextAreaElement).value),
      (value) => value === '',
    );
    assert.deepEqual(await delivered(page), [], 'a draft saved for later went out');

    const popup = await extensionPage('popup');
    const [draft] = await until(
      'the saved draft',
      () => popup.evaluate(async () => ((await browser.storage.local.get('drafts')).drafts ?? []) as Array<{ id: string; text: string; remindAt?: number }>),
      (drafts) => drafts.length > 0,
    );
    assert.equal(draft.text, CHARGED);
    assert.ok(draft.remindAt && draft.remindAt > Date.now() + 50 * 60_000, 'the reminder is about an hour away');
    await popup.evaluate(async (name) => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as { steadyFireAlarm: (name: string) => Promise<void> };
      await background.steadyFireAlarm(name);
    }, `draft-reminder:${draft.id}`);
    await popup.waitForFunction(
      async () => (await (browser.browserAction as unknown as { getBadgeText: (details: object) => Promise<string> }).getBadgeText({})) === '•',
    );
    await popup.close();
    const again = await extensionPage('popup');
    await again.locator('button ::-p-text(Open the draft)').click();
    await again.waitForFunction((text) => document.querySelector('li.opened')?.textContent?.includes(text), {}, CHARGED);
    return 'the composer was emptied once the draft was stored; the reminder marked the toolbar icon and its card opened the draft';
  },
  '200 concurrent writes are all stored once': async ({ extensionPage }) => {
    const page = await extensionPage('options');
    const stored = await page.evaluate(async () => {
      await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          browser.runtime.sendMessage({
            name: 'page:put-records',
            data: { records: [{ type: 'moment', id: `ff${index % 100}`, at: Date.now(), kind: 'felt-understood' }] },
          }),
        ),
      );
      const all = await browser.storage.local.get(null);
      return Object.entries(all)
        .filter(([key]) => /^journal:\d{4}-\d{2}$/.test(key))
        .flatMap(([, month]) => Object.keys(month as object)).length;
    });
    assert.equal(stored, 100);
    return `${stored} stored from 200 messages (each record sent twice)`;
  },

  'the content script gets its settings, pauses a charged send, and the pause is recorded': async ({ firefox, extensionPage }) => {
    const server = await startFixtureServer();
    try {
      const page = await firefox.newPage();
      await page.goto(`${server.origin}/pages/plain.html`);
      // The e2e build treats this origin as a site the person added; "on" means the settings arrived.
      await page.waitForSelector('html[data-steady-ready="on"]');
      await page.evaluate(() => {
        // A chat box: a message field beside its Send control (a lone textarea is not a composer).
        const field = document.createElement('textarea');
        field.setAttribute('aria-label', 'Message');
        const send = document.createElement('button');
        send.setAttribute('aria-label', 'Send');
        send.textContent = 'Send';
        document.body.append(field, send);
        const sent: string[] = [];
        (window as unknown as { __delivered: string[] }).__delivered = sent;
        field.addEventListener('keydown', (event) => {
          if (event.key !== 'Enter' || event.shiftKey) return;
          event.preventDefault();
          sent.push(field.value);
        });
      });
      await page.type('textarea', "I'm so sorry, I'm sorry, I'm such an idiot, sorry, please don't be mad at me");
      await page.keyboard.press('Enter');
      await page.waitForSelector('steady-pause >>> [role="dialog"]');
      await page.click('steady-pause >>> button.primary');
      await page.waitForFunction(() => !document.querySelector('steady-pause'));
      assert.deepEqual(await page.evaluate(() => (window as unknown as { __delivered: string[] }).__delivered), []);
      const popup = await extensionPage('popup');
      await popup.waitForFunction(async () => {
        const all = await browser.storage.local.get(null);
        const records = Object.entries(all)
          .filter(([key]) => /^journal:\d{4}-\d{2}$/.test(key))
          .flatMap(([, month]) => Object.values(month as object));
        return records.some((record) => record.type === 'pause' && record.outcome === 'kept-editing');
      });
      return 'held the send, Keep editing delivered nothing, the pause was recorded';
    } finally {
      await server.close();
    }
  },
};
