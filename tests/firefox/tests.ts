import assert from 'node:assert/strict';
import type { FirefoxSession } from './harness';

/** Firefox's promise-based extension namespace, as seen by code evaluated in Steady's pages. */
declare const browser: typeof chrome;

type FirefoxTest = (session: FirefoxSession) => Promise<string | void>;

export const firefoxTests: Record<string, FirefoxTest> = {
  'the popup logs a moment that is stored': async ({ extensionPage }) => {
    const popup = await extensionPage('popup');
    await popup.locator('button ::-p-text(Asked for help)').click();
    await popup.waitForFunction(() => /saved/i.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    const records = await popup.evaluate(async () => {
      const all = await browser.storage.local.get(null);
      return Object.entries(all).filter(([key]) => key.startsWith('journal:2')).flatMap(([, month]) => Object.values(month as object));
    });
    assert.equal(records.length, 1);
    assert.equal((records[0] as { kind: string }).kind, 'asked-for-help');
  },

  '200 concurrent writes are all stored once': async ({ extensionPage }) => {
    const page = await extensionPage('options');
    const stored = await page.evaluate(async () => {
      await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          browser.runtime.sendMessage({ name: 'page:put-records', data: { records: [{ type: 'moment', id: `ff${index % 100}`, at: Date.now(), kind: 'felt-understood' }] } }),
        ),
      );
      const all = await browser.storage.local.get(null);
      return Object.entries(all).filter(([key]) => key.startsWith('journal:2')).flatMap(([, month]) => Object.keys(month as object)).length;
    });
    assert.equal(stored, 100);
    return `${stored} stored from 200 messages (each record sent twice)`;
  },
};
