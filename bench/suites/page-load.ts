import { startFixtureServer } from '../../tests/e2e/server';
import { launchCases, rotated, scriptMeter, settle, type Case, type CaseName } from '../browser';
import { floorExtension, steadyBuild } from '../builds';
import { fmt, percentile, spread, type BenchRow, type BenchSuite } from '../types';

const SUITE = 'page load';
/** Measured rounds (each loads the page once per case), after one round that is not counted. */
const ROUNDS = 12;
/** A chat page: 50 messages and a composer (the busy channel, left quiet). */
const PAGE = '/busy-channel/index.html';
/** Steady's content script at most this much main-thread script time above the floor extension's. */
const BUDGET_MS = 3;

type Load = { atLoad: number; settled: number; compile: number };

/** Loads the page in a new tab and reads the main thread's script time at the load event and once idle. */
async function load(entry: Case, url: string): Promise<Load> {
  const page = await entry.browser.context.newPage();
  try {
    const meter = await scriptMeter(page);
    await page.goto(url, { waitUntil: 'load' });
    const atLoad = await meter.read();
    await settle(page);
    const settled = await meter.read();
    if (entry.name === 'steady' && (await page.evaluate(() => document.documentElement.dataset.steadyReady)) !== 'on') {
      throw new Error('Steady did not start on the fixture page');
    }
    return { atLoad: atLoad.script, settled: settled.script, compile: settled.compile };
  } finally {
    await page.close();
  }
}

const pageLoad: BenchSuite = async () => {
  const server = await startFixtureServer();
  const { cases, close } = await launchCases({ floor: floorExtension(), steady: steadyBuild('e2e') });
  const loads: Record<CaseName, Load[]> = { none: [], floor: [], steady: [] };
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      for (const entry of rotated(cases, round)) {
        const result = await load(entry, `${server.origin}${PAGE}`);
        if (round > 0) loads[entry.name].push(result);
      }
      if (round > 0 && round % 4 === 0) console.error(`  round ${round} of ${ROUNDS}`);
    }
  } finally {
    await close();
    await server.close();
  }

  const settled = (name: CaseName) => loads[name].map((entry) => entry.settled);
  const paired = (a: CaseName, b: CaseName, pick: (entry: Load) => number) => loads[a].map((entry, index) => pick(entry) - pick(loads[b][index]));
  const describe = (name: CaseName) => `${fmt(percentile(settled(name), 50))} / ${fmt(percentile(settled(name), 95))}`;
  const rows: BenchRow[] = [
    {
      suite: SUITE,
      name: 'script time Steady adds above the floor',
      ...spread(paired('steady', 'floor', (entry) => entry.settled)),
      unit: 'ms',
      budget: { max: BUDGET_MS },
      compare: `Steady ${describe('steady')} ms, floor ${describe('floor')} ms, no extension ${describe('none')} ms (median / p95, whole page, CPU time)`,
    },
    {
      suite: SUITE,
      name: '… of which by the load event',
      ...spread(paired('steady', 'floor', (entry) => entry.atLoad)),
      unit: 'ms',
      compare: `the rest runs once the page is idle; V8 compile in Steady's case ${fmt(
        percentile(
          loads.steady.map((entry) => entry.compile),
          50,
        ),
      )} ms, floor ${fmt(
        percentile(
          loads.floor.map((entry) => entry.compile),
          50,
        ),
      )} ms`,
    },
    {
      suite: SUITE,
      name: 'script time the floor adds above no extension',
      ...spread(paired('floor', 'none', (entry) => entry.settled)),
      unit: 'ms',
      compare: 'what any extension with a content script costs here',
    },
  ];
  return rows;
};

export default pageLoad;
