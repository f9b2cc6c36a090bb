import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { launchWithSteady } from './launch';
import { QUOTA_DIR } from './builds';
import { watchExtensionRequests } from './network';

/**
 * Without `unlimitedStorage` (a test build, `--mode e2e-quota`), the browser caps Steady's
 * storage: fill it until a write fails. The person is told plainly, what was saved before
 * stays readable, and the export still carries all of it.
 */
test('when storage is full, the failing write is reported, earlier data stays readable, and export still works', async () => {
  test.setTimeout(240_000);
  const steady = await launchWithSteady({ extensionDir: QUOTA_DIR });
  const requests = watchExtensionRequests(steady.context);
  try {
    const options = await steady.context.newPage();
    await options.goto(`chrome-extension://${steady.extensionId}/options.html`);

    // Moments month after month, a thousand at a time, then fewer and fewer, until not even one fits.
    const fill = await options.evaluate(async () => {
      const note = 'a moment worth keeping '.repeat(21);
      let acknowledged = 0;
      let failures = 0;
      let failure = '';
      let size = 1000;
      for (let batch = 0; batch < 300 && size >= 1; batch++) {
        const monthStart = Date.UTC(2010, batch, 2);
        const records = Array.from({ length: size }, (_, index) => ({
          type: 'moment',
          id: `q${batch}-${index}`,
          at: monthStart + index * 60_000,
          kind: 'felt-understood',
          note,
        }));
        const reply = await chrome.runtime.sendMessage({ name: 'page:put-records', data: { records } });
        if (reply?.ok) acknowledged += records.length;
        else {
          failures++;
          failure = String(reply?.error);
          size = size === 1 ? 0 : Math.floor(size / 2);
        }
      }
      return { acknowledged, failures, failure, bytes: await chrome.storage.local.getBytesInUse(null), quota: chrome.storage.local.QUOTA_BYTES };
    });
    expect(fill.failure).toMatch(/quota/i);

    // The person logs a moment from the popup: it cannot be kept, and the popup says why.
    const popup = await steady.context.newPage();
    await popup.goto(`chrome-extension://${steady.extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Felt understood' }).click();
    await popup.getByLabel(/note/i).fill('a long note '.repeat(41));
    await popup.getByRole('button', { name: 'Save moment' }).click();
    const status = popup.getByRole('status').filter({ hasText: /full/ });
    await expect(status).toHaveText(/space on this device is full, so that wasn't saved\. Everything saved before is safe/);
    const said = await status.textContent();

    // What was acknowledged before is all there and readable.
    const stored = await options.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return Object.entries(all)
        .filter(([key]) => /^journal:\d{4}-\d{2}$/.test(key))
        .flatMap(([, month]) => Object.keys(month as object))
        .filter((id) => id.startsWith('q'));
    });
    expect(stored).toHaveLength(fill.acknowledged);
    await popup.goto(`chrome-extension://${steady.extensionId}/popup.html#history`);
    await expect(popup.locator('.history-item').first()).toContainText('Felt understood');

    // The export still works, and holds every record.
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export everything (JSON)' }).click();
    const exported = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as { records: Array<{ id: string }> };
    const exportedIds = new Set(exported.records.map((record) => record.id));
    const missing = stored.filter((id) => !exportedIds.has(id)).length;
    console.log(
      `quota: ${fill.acknowledged} records acknowledged in ${(fill.bytes / 1_048_576).toFixed(1)} MB of ${((fill.quota ?? 0) / 1_048_576).toFixed(0)} MB before writes failed (${fill.failures} refused, "${fill.failure}"); ` +
        `the popup said "${said?.slice(0, 60)}…"; ${stored.length} earlier records readable; export holds ${exported.records.length} (${missing} missing)`,
    );
    expect(missing).toBe(0);
    expect(requests).toEqual([]);
  } finally {
    await steady.close();
  }
});
