import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Steady's stored settings, read from one of its pages. */
export async function storedSettings(extensionPage: Page): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
}

/** Ids of the content scripts registered at run time (the sites the person added). */
export async function registeredScripts(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));
}

export const COLOR_SCHEMES = ['light', 'dark'] as const;

/** Runs axe on the page as it is, in one colour scheme. */
export async function expectAccessible(page: Page, colorScheme: (typeof COLOR_SCHEMES)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map(({ id, nodes }) => `${id} (${nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
}
