import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Firefox's promise-based extension namespace, as seen by code evaluated in Steady's pages. */
declare const browser: typeof chrome;

/** Fixed so tests know Steady's moz-extension:// origin in advance. */
export const EXTENSION_UUID = '6f1c7b2e-8f7a-4d55-9a55-7e1a2b3c4d5e';
const EXTENSION_ID = 'steady@steady.invalid';
export const FIREFOX_BUILD = resolve(process.env.STEADY_OUT_DIR ?? '.output', 'firefox-mv2-e2e');

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`No Firefox at ${path}. Install one (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  return path;
}

export type FirefoxSession = { firefox: Browser; extensionPage: (name: string) => Promise<Page>; close: () => Promise<void> };

/**
 * Debian's Firefox ESR over WebDriver BiDi, headless, with the Firefox e2e build
 * installed. BiDi may not navigate to moz-extension:// URLs, so extension pages are
 * reached from the onboarding tab Steady opens on install, by in-page navigation.
 */
export async function launchFirefox(): Promise<FirefoxSession> {
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }) },
  });
  await firefox.installExtension(FIREFOX_BUILD);
  const onboarding = await findOnboarding(firefox);
  return {
    firefox,
    extensionPage: async (name) => {
      await onboarding.evaluate((target) => browser.tabs.create({ url: target }), `/${name}.html`);
      for (let attempt = 0; attempt < 50; attempt++) {
        for (const page of await firefox.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.endsWith(`/${name}.html`)) return page;
        }
        await new Promise((done) => setTimeout(done, 100));
      }
      throw new Error(`${name}.html did not open`);
    },
    close: () => firefox.close(),
  };
}

async function findOnboarding(firefox: Browser): Promise<Page> {
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const page of await firefox.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(`moz-extension://${EXTENSION_UUID}/onboarding.html`)) return page;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('Steady did not open its onboarding page after install');
}
