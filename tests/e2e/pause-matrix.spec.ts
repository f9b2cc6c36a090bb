import { test, expect } from './fixtures';
import { COMPOSERS } from './composers';
import { typeInto } from './composer-support';
import { reloadExtension } from './helpers';
import { driver, pauseFlows } from './pause-flows';
import { CHARGED, delivered, expectDeliveries } from './pause-support';

// The whole pause, end to end, on every composer fixture: each case on a freshly loaded page,
// driven by real key presses and clicks (Steady ignores synthetic ones by design). The flows
// themselves live in ./pause-flows, shared with the plain-http run (pause-plain-http.spec.ts).

for (const fixture of COMPOSERS) {
  test(`${fixture.name}: the pause end to end`, async ({ context, extensionId, fixtureOrigin, openExtensionPage }) => {
    test.setTimeout(180_000);
    const page = await context.newPage();
    await pauseFlows(page, fixture, fixtureOrigin, openExtensionPage);

    await test.step('with Steady reloaded mid-draft, the page sends natively, exactly once', async () => {
      const steady = driver(page, fixture, fixtureOrigin);
      const charged = `${CHARGED} (${fixture.name})`;
      const composer = await steady.open();
      await typeInto(page, composer, charged);
      await reloadExtension(context, extensionId);
      await steady.send();
      await expectDeliveries(page, [charged]);
      await typeInto(page, composer, charged);
      await steady.send('button');
      await expectDeliveries(page, [charged, charged]);
      await expect(steady.pauses).toHaveCount(0);
      expect(await delivered(page)).toHaveLength(2);
    });
  });
}
