import { startFixtureServer } from '../../tests/e2e/server';
import { launchCases, rotated, scriptMeter, settle, type Case, type CaseName } from '../browser';
import { floorExtension, steadyBuild } from '../builds';
import { fmt, percentile, spread, type BenchRow, type BenchSuite } from '../types';

const SUITE = 'busy page';
const ROUNDS = 10;
const PAGE = '/busy-channel/index.html';
/** Typed one key at a time, 100 ms apart, while the channel fills up; never sent (no Enter). */
const DRAFT = 'running a little late but on my way, save me a seat near the front';
const BUDGET = 1.05;

type Run = { script: number; ms: number; ticks: number };

/**
 * Loads the busy channel, lets it go idle (start-up work is the page-load figure, not
 * this one), then measures the main thread's script time while the page appends
 * 200 messages every 100 ms, 100 times, and a person types a draft into its composer.
 */
async function busyRun(entry: Case, url: string): Promise<Run> {
  const page = await entry.browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const meter = await scriptMeter(page);
    await page.getByRole('textbox', { name: 'Message' }).focus();
    const before = await meter.read();
    const busy = page.evaluate(() => (window as unknown as { startBusy: () => Promise<{ ticks: number; ms: number }> }).startBusy());
    await page.keyboard.type(DRAFT, { delay: 100 });
    const { ticks, ms } = await busy;
    const after = await meter.read();
    if ((await page.getByRole('textbox', { name: 'Message' }).inputValue()) !== DRAFT) throw new Error('the draft was not typed in full');
    return { script: after.script - before.script, ms, ticks };
  } finally {
    await page.close();
  }
}

const idle: BenchSuite = async () => {
  const server = await startFixtureServer();
  const { cases, close } = await launchCases({ floor: floorExtension(), steady: steadyBuild('e2e') });
  const runs: Record<CaseName, Run[]> = { none: [], floor: [], steady: [] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const entry of rotated(cases, round)) runs[entry.name].push(await busyRun(entry, `${server.origin}${PAGE}`));
      console.error(`  round ${round + 1} of ${ROUNDS}`);
    }
  } finally {
    await close();
    await server.close();
  }

  const script = (name: CaseName) => runs[name].map((run) => run.script);
  const ratios = (a: CaseName, b: CaseName) => runs[a].map((run, index) => run.script / runs[b][index].script);
  const describe = (name: CaseName) => `${fmt(percentile(script(name), 50))} / ${fmt(percentile(script(name), 95))}`;
  const seconds =
    percentile(
      Object.values(runs)
        .flat()
        .map((run) => run.ms),
      50,
    ) / 1000;
  const rows: BenchRow[] = [
    {
      suite: SUITE,
      name: 'script time while busy, Steady ÷ floor',
      ...spread(ratios('steady', 'floor')),
      unit: '×',
      budget: { max: BUDGET },
      compare: `Steady ${describe('steady')} ms, floor ${describe('floor')} ms, no extension ${describe('none')} ms (median / p95); 20,000 messages and ${DRAFT.length} keys in ${seconds.toFixed(1)} s (median)`,
    },
    {
      suite: SUITE,
      name: 'script time Steady adds while busy, above the floor',
      ...spread(runs.steady.map((run, index) => run.script - runs.floor[index].script)),
      unit: 'ms',
      compare: 'per round, same round’s floor run',
    },
    {
      suite: SUITE,
      name: 'script time while busy, floor ÷ no extension',
      ...spread(ratios('floor', 'none')),
      unit: '×',
      compare: 'how far apart two cases doing the same work land (noise)',
    },
  ];
  return rows;
};

export default idle;
