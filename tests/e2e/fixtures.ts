import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithSteady, type LaunchOptions } from './launch';
import { startFixtureServer } from './server';
import { watchExtensionRequests } from './network';

type Fixtures = {
  /** How the browser is started; a spec may `test.use({ steadyLaunch: … })`. */
  steadyLaunch: LaunchOptions;
  launched: Awaited<ReturnType<typeof launchWithSteady>>;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Opens one of Steady's pages (popup, options, onboarding, practice) in a tab. */
  openExtensionPage: (name: 'popup' | 'options' | 'onboarding' | 'practice' | 'trends' | 'session', query?: string) => Promise<Page>;
};
type WorkerFixtures = { fixtureOrigin: string };

export const test = base.extend<Fixtures, WorkerFixtures>({
  fixtureOrigin: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],
  steadyLaunch: [{}, { option: true }],
  launched: async ({ steadyLaunch }, use) => {
    const launched = await launchWithSteady(steadyLaunch);
    const requests = watchExtensionRequests(launched.context);
    await use(launched);
    await launched.close();
    // Steady makes no network requests: checked in every end-to-end test.
    expect(requests, 'network requests made by Steady').toEqual([]);
  },
  context: async ({ launched }, use) => {
    await use(launched.context);
  },
  serviceWorker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ launched }, use) => {
    await use(launched.extensionId);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (name, query = '') => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}.html${query}`);
      return page;
    });
  },
});

export const expect = test.expect;
