import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../tests/e2e/launch';
import { chromiumPath } from '../tests/e2e/paths';

export type BenchBrowser = { context: BrowserContext; close: () => Promise<void> };

/**
 * Headless system Chromium with one extension loaded, or none: the same flags as the
 * end-to-end tests either way. `profile` keeps the profile folder for a later launch
 * (the caller removes it); otherwise a fresh one is made and removed on close.
 */
export async function launchBrowser(options: { extensionDir?: string; profile?: string } = {}): Promise<BenchBrowser> {
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'steady-bench-')));
  const args = options.extensionDir
    ? chromiumArgs(options.extensionDir)
    : chromiumArgs('').filter((arg) => !arg.startsWith('--load-extension') && !arg.startsWith('--disable-extensions-except'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, args });
  return {
    context,
    close: async () => {
      await context.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the extension whose service worker runs in `context`. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/**
 * Main-thread time a page has spent running script, in milliseconds, counted in thread
 * CPU time (`threadTicks`), so other processes competing for the cores inflate it less
 * than wall time. Covers every world in the page's renderer, content scripts included.
 */
export async function scriptMeter(page: Page): Promise<{ read: () => Promise<{ script: number; compile: number; task: number }>; session: CDPSession }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    session,
    read: async () => {
      const { metrics } = await session.send('Performance.getMetrics');
      const value = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
      return { script: value('ScriptDuration'), compile: value('V8CompileDuration'), task: value('TaskDuration') };
    },
  };
}

export type CaseName = 'none' | 'floor' | 'steady';
export type Case = { name: CaseName; browser: BenchBrowser };

/** The three ways a page is measured: no extension, the floor extension, Steady's e2e build (which injects on the fixture server). */
export async function launchCases(dirs: { floor: string; steady: string }): Promise<{ cases: Case[]; close: () => Promise<void> }> {
  const cases: Case[] = [];
  for (const [name, extensionDir] of [
    ['none', undefined],
    ['floor', dirs.floor],
    ['steady', dirs.steady],
  ] as const) {
    cases.push({ name, browser: await launchBrowser({ extensionDir }) });
  }
  return { cases, close: async () => void (await Promise.all(cases.map((entry) => entry.browser.close()))) };
}

/** The cases in a different order each round, so no case always runs first or last. */
export function rotated<T>(items: T[], round: number): T[] {
  const shift = round % items.length;
  const order = [...items.slice(shift), ...items.slice(0, shift)];
  return Math.floor(round / items.length) % 2 === 1 ? order.reverse() : order;
}

/**
 * Waits until the page has loaded and gone idle twice (work deferred to idle time, such
 * as Steady warming up its analyzer, has run), then a little more.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => setTimeout(resolve, 300), { timeout: 3000 }), { timeout: 3000 })),
  );
}

/**
 * Chrome installs a command-line extension afresh at each start and Steady opens its
 * onboarding; a page opened before that would be closed by the install. Waits for it, closes it.
 */
export async function closeOnboarding(context: BrowserContext): Promise<void> {
  const isOnboarding = (url: string) => url.endsWith('/onboarding.html');
  const onboarding =
    context.pages().find((page) => isOnboarding(page.url())) ??
    (await context.waitForEvent('page', { predicate: (page) => isOnboarding(page.url()), timeout: 30_000 }));
  await onboarding.close();
}
