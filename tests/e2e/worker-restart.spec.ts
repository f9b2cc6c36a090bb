import { test, expect } from './fixtures';
import { stopServiceWorkers, storedRecords } from './helpers';

test('stopping the service worker mid-write loses no acknowledged record', async ({ openExtensionPage }) => {
  test.setTimeout(120_000);
  const page = await openExtensionPage('options');
  const writes = page.evaluate(async () => {
    const acknowledged: string[] = [];
    let failed = 0;
    for (let batch = 0; batch < 50; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, offset) => {
          const id = `w${batch * 10 + offset}`;
          try {
            const reply = await chrome.runtime.sendMessage({
              name: 'page:put-records',
              data: { records: [{ type: 'moment', id, at: Date.now(), kind: 'felt-understood' }] },
            });
            if (reply?.ok) acknowledged.push(id);
            else failed++;
          } catch {
            failed++; // the worker went away before answering: not acknowledged
          }
        }),
      );
    }
    return { acknowledged, failed };
  });

  let stops = 0;
  let done = false;
  void writes.finally(() => (done = true));
  while (!done) {
    await page.waitForTimeout(50 + Math.random() * 250);
    if (done) break;
    await stopServiceWorkers(page);
    stops++;
  }
  const { acknowledged, failed } = await writes;

  const stored = new Set((await storedRecords(page)).map((record) => record.id));
  const missing = acknowledged.filter((id) => !stored.has(id));
  console.log(`500 writes, ${stops} worker stops: ${acknowledged.length} acknowledged, ${failed} unanswered, ${missing.length} acknowledged but missing`);
  expect(stops).toBeGreaterThan(0);
  expect(missing).toEqual([]);

  const store = await page.evaluate(() => chrome.storage.local.get(null));
  for (const [key, month] of Object.entries(store).filter(([key]) => /^journal:\d{4}-\d{2}$/.test(key))) {
    for (const [id, record] of Object.entries(month as Record<string, { id: string; type: string; at: number }>)) {
      expect(record.id, key).toBe(id);
      expect(record.type).toBe('moment');
      expect(typeof record.at).toBe('number');
    }
  }
  expect(store.quarantine ?? []).toEqual([]);

  const answered = await page.evaluate(async () => {
    const started = performance.now();
    const reply = await chrome.runtime.sendMessage({ name: 'page:put-records', data: { records: [] } });
    return { ok: reply?.ok, ms: performance.now() - started };
  });
  console.log(`next request answered in ${answered.ms.toFixed(0)} ms`);
  expect(answered.ok).toBe(true);
  expect(answered.ms).toBeLessThan(1000);
});
