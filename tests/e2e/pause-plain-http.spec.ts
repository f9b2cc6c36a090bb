import { test, expect } from './plain-host';
import { COMPOSERS } from './composers';
import { openFixture } from './composer-support';
import { pauseFlows } from './pause-flows';

// The pause flows of the matrix (pause-matrix.spec.ts) on the plain-http copies of every composer
// fixture: http://steady-plain.test:<port>, a non-secure origin the person added on the options
// page. Nothing there may rely on what only secure contexts have (crypto.randomUUID among them).

for (const fixture of COMPOSERS) {
  test(`${fixture.name} on plain http: the pause end to end`, async ({ context, plainOrigin, openExtensionPage }) => {
    test.setTimeout(180_000);
    const page = await context.newPage();

    await test.step('the page is not a secure context, and Steady runs there because the person added it', async () => {
      await openFixture(page, plainOrigin, fixture);
      expect(new URL(page.url()).origin).toBe(plainOrigin);
      expect(await page.evaluate(() => ({ secure: window.isSecureContext, randomUUID: typeof crypto.randomUUID }))).toEqual({
        secure: false,
        randomUUID: 'undefined',
      });
      await expect(page.locator('html[data-steady-ready="on"]')).toHaveCount(1);
    });

    await pauseFlows(page, fixture, plainOrigin, openExtensionPage);
  });
}
