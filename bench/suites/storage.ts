import type { Page } from '@playwright/test';
import { launchWithSteady } from '../../tests/e2e/launch';
import { steadyBuild } from '../builds';
import { percentile, type BenchRow, type BenchSuite } from '../types';

const SUITE = 'data at scale';
const DAY = 86_400_000;

/** Seeds `count` records spread over the last `days` days, generated inside the page. */
async function seed(page: Page, count: number, days: number): Promise<void> {
  await page.evaluate(
    async ({ count, days, DAY }) => {
      const kinds = ['shared-something-real', 'boundary-respected', 'honest-check-in', 'asked-for-help', 'asked-for-space', 'felt-understood'];
      const now = Date.now();
      for (let start = 0; start < count; start += 1000) {
        // Inline (no named helpers): the function is serialised into the page as it is.
        const records = Array.from({ length: Math.min(1000, count - start) }, (_, offset) => {
          const index = start + offset;
          const at = now - Math.floor((index / count) * days * DAY) - 60_000;
          const id = `seed-${index}`;
          if (index % 10 < 3) return { type: 'grounding', id, at, exercise: 'breathing-box', durationMs: 90_000, completed: true, before: 4, after: 2 };
          if (index % 10 === 3) return { type: 'rupture', id, at, note: 'We talked past each other about the weekend plans.', promptAt: at + 2 * DAY };
          return { type: 'moment', id, at, kind: kinds[index % kinds.length], safety: 4, person: 'Sam', note: 'Said what I needed and it landed fine, no drama at all.' };
        });
        const reply = await chrome.runtime.sendMessage({ name: 'page:put-records', data: { records } });
        if (!reply?.ok) throw new Error(reply?.error ?? 'seeding failed');
      }
    },
    { count, days, DAY },
  );
}

/** Milliseconds for each of `rounds` single-record appends through the background. */
async function appendTimes(page: Page, rounds: number, label: string): Promise<number[]> {
  return page.evaluate(
    async ({ rounds, label }) => {
      const times: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const record = { type: 'moment', id: `${label}-${round}`, at: Date.now(), kind: 'felt-understood', safety: 5 };
        const started = performance.now();
        await chrome.runtime.sendMessage({ name: 'page:put-records', data: { records: [record] } });
        times.push(performance.now() - started);
      }
      return times;
    },
    { rounds, label },
  );
}

const storage: BenchSuite = async () => {
  const steady = await launchWithSteady({ extensionDir: steadyBuild('production') });
  try {
    const page = await steady.context.newPage();
    await page.goto(`chrome-extension://${steady.extensionId}/options.html`);

    await seed(page, 100, 18);
    const small = percentile(await appendTimes(page, 40, 'small'), 50);
    await page.evaluate(() => chrome.runtime.sendMessage({ name: 'page:delete-all', data: {} }));

    await seed(page, 20_000, 3650);
    const large = percentile(await appendTimes(page, 40, 'large'), 50);

    const exportTimes: number[] = [];
    let exportBytes = 0;
    for (let round = 0; round < 3; round++) {
      const { ms, bytes } = await page.evaluate(async () => {
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage({ name: 'page:export', data: {} });
        return { ms: performance.now() - started, bytes: reply.data.json.length as number };
      });
      exportTimes.push(ms);
      exportBytes = bytes;
    }
    const bytesInUse = await page.evaluate(() => chrome.storage.local.getBytesInUse(null));

    const rows: BenchRow[] = [
      { suite: SUITE, name: 'append one record, 100 stored (median)', value: small, unit: 'ms' },
      { suite: SUITE, name: 'append one record, 20,000 stored (median)', value: large, unit: 'ms', compare: `${small.toFixed(2)} ms with 100 stored` },
      { suite: SUITE, name: 'append ratio 20,000 / 100 stored', value: large / small, unit: '×', budget: { max: 1.5 } },
      { suite: SUITE, name: 'export everything, 20,000 records (median of 3)', value: percentile(exportTimes, 50), unit: 'ms', budget: { max: 1000 }, compare: `${(exportBytes / 1e6).toFixed(2)} MB of JSON` },
      { suite: SUITE, name: 'storage used, 20,000 records', value: bytesInUse / 1e6, unit: 'MB', budget: { max: 4 } },
    ];
    return rows;
  } finally {
    await steady.close();
  }
};

export default storage;
