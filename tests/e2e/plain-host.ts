import { test as base, expect } from './fixtures';
import { addSite, e2eCopyGranted } from './added-site';

/**
 * The composer fixtures again, under a plain-http host name that is not localhost: a page there
 * is not a secure context (no `crypto.randomUUID`, no `isSecureContext`), as on a self-hosted
 * webmail or forum reached over http. Chromium resolves the name to 127.0.0.1, where the fixture
 * server listens.
 */
export const PLAIN_HOST = 'steady-plain.test';

/** Tests whose browser reaches the fixture server as http://steady-plain.test:<port>, a site the person added. */
export const test = base.extend<{ plainOrigin: string }, { plainExtension: string }>({
  plainExtension: [
    async ({}, use) => {
      const copy = await e2eCopyGranted(PLAIN_HOST);
      await use(copy.dir);
      await copy.remove();
    },
    { scope: 'worker' },
  ],
  steadyLaunch: async ({ plainExtension }, use) => {
    await use({ extensionDir: plainExtension, args: [`--host-resolver-rules=MAP ${PLAIN_HOST} 127.0.0.1`] });
  },
  plainOrigin: async ({ fixtureOrigin, openExtensionPage }, use) => {
    const origin = `http://${PLAIN_HOST}:${new URL(fixtureOrigin).port}`;
    await addSite(openExtensionPage, origin);
    await use(origin);
  },
});

export { expect };
