import type { Page } from '@playwright/test';
import { launchWithSteady } from '../../tests/e2e/launch';
import { journalRecords, seedJournal } from '../records';
import { steadyBuild } from '../builds';
import { fmt, percentile, spread, type BenchRow, type BenchSuite } from '../types';

const SUITE = 'data at scale';
/** Appends are measured in batches, alternating between the two journals, so both see the same machine load. */
const BATCHES = 8;
const PER_BATCH = 6;

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
  const [smallSteady, largeSteady] = [
    await launchWithSteady({ extensionDir: steadyBuild('production') }),
    await launchWithSteady({ extensionDir: steadyBuild('production') }),
  ];
  try {
    const open = async (steady: typeof smallSteady) => {
      const page = await steady.context.newPage();
      await page.goto(`chrome-extension://${steady.extensionId}/options.html`);
      return page;
    };
    const [smallPage, page] = [await open(smallSteady), await open(largeSteady)];
    await seedJournal(smallPage, journalRecords(100, 18));
    await seedJournal(page, journalRecords(20_000, 3650));

    const small: number[] = [];
    const large: number[] = [];
    for (let batch = 0; batch < BATCHES; batch++) {
      small.push(...(await appendTimes(smallPage, PER_BATCH, `small-${batch}`)));
      large.push(...(await appendTimes(page, PER_BATCH, `large-${batch}`)));
    }

    const exportTimes: number[] = [];
    let exportBytes = 0;
    for (let round = 0; round < 5; round++) {
      const { ms, bytes } = await page.evaluate(async () => {
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage({ name: 'page:export', data: {} });
        return { ms: performance.now() - started, bytes: reply.data.json.length as number };
      });
      exportTimes.push(ms);
      exportBytes = bytes;
    }
    const bytesInUse = await page.evaluate(() => chrome.storage.local.getBytesInUse(null));

    const [smallMedian, largeMedian] = [percentile(small, 50), percentile(large, 50)];
    const rows: BenchRow[] = [
      {
        suite: SUITE,
        name: 'append one record, 20,000 stored',
        ...spread(large),
        unit: 'ms',
        compare: `${fmt(smallMedian)} / ${fmt(percentile(small, 95))} ms with 100 stored`,
      },
      {
        suite: SUITE,
        name: 'append ratio, 20,000 / 100 stored',
        median: largeMedian / smallMedian,
        p95: percentile(large, 95) / percentile(small, 95),
        unit: '×',
        budget: { max: 1.5 },
        compare: 'ratio of the medians (p95: of the p95s)',
      },
      {
        suite: SUITE,
        name: 'export everything, 20,000 records',
        ...spread(exportTimes),
        unit: 'ms',
        budget: { max: 1000 },
        compare: `${(exportBytes / 1e6).toFixed(2)} MB of JSON`,
      },
      { suite: SUITE, name: 'storage used, 20,000 records', median: bytesInUse / 1e6, unit: 'MB', budget: { max: 4 } },
    ];
    return rows;
  } finally {
    await smallSteady.close();
    await largeSteady.close();
  }
};

export default storage;
