import type { Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { closeOnboarding, extensionIdOf, launchBrowser, rotated, settle } from '../browser';
import { benchPopupBuild } from '../builds';
import { seededProfile } from '../records';
import { fmt, percentile, spread, type BenchRow, type BenchSuite } from '../types';

const SUITE = 'popup start';
/** Cold starts per page and journal size; `STEADY_POPUP_START_ROUNDS=2` for a quick check. */
const ROUNDS = Number(process.env.STEADY_POPUP_START_ROUNDS) || 10;
const FCP_BUDGET = 1.25;
const HOME_BUDGET = 1.4;
const WEEK_BUDGET_MS = 60;

/**
 * Runs in the popup before its own scripts: notes when Home's actions (the quick-log
 * moment buttons and the grounding exercises) are in the page, then the end of the frame
 * that paints them. A string, so nothing is rewritten on its way into the page.
 */
const MARK_HOME = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('section[aria-labelledby="quick-log"] button[data-kind]')) return;
    if (!document.querySelector('section[aria-labelledby="grounding-title"] button[data-view]')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__homePainted = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Armed in the settled popup just before the Week tab is clicked: marks the click (capture
 * phase, before the popup's own handler), then the end of the frame that paints the weekly
 * summary's sentences.
 */
const MARK_WEEK = `(() => {
  addEventListener('click', () => {
    window.__clickAt = performance.now();
    const seen = () => {
      if (!document.querySelector('.sentences')) return false;
      window.__weekInDom = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.__weekPainted = performance.now(); };
        channel.port2.postMessage(0);
      });
      return true;
    };
    if (seen()) return;
    const observer = new MutationObserver(() => seen() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  }, { capture: true, once: true });
})();`;

type PageName = 'bare' | 'popup' | 'options';
type Size = 'empty' | 'full';
/** Milliseconds from navigation start, except `week` and `weekInDom`: from the click on the Week tab. */
type Measure = { fcp: number; home?: number; homeInFirstFrame?: boolean; week?: number; weekInDom?: number };

async function firstContentfulPaint(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')?.startTime,
    undefined,
    {
      timeout: 15_000,
    },
  );
  return (await handle.jsonValue()) as number;
}

/** Starts the browser on the profile, closes the onboarding tab the install opens, then opens one page. */
async function coldOpen(extensionDir: string, profile: string, name: PageName, week: boolean): Promise<Measure> {
  const browser = await launchBrowser({ extensionDir, profile });
  try {
    const id = await extensionIdOf(browser.context);
    await closeOnboarding(browser.context);
    // Steady's worker reads the journal as it starts; with 20,000 records that takes up to about
    // 2 s here, and after 0.5 s it still doubled the bare page's FCP. A person opens the popup later.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const page = await browser.context.newPage();
    // Only the popup gets a script: the bare page must stay script-free.
    if (name === 'popup') await page.addInitScript({ content: MARK_HOME });
    await page.goto(`chrome-extension://${id}/${name}.html`);
    const fcp = await firstContentfulPaint(page);
    if (name !== 'popup') return { fcp };
    await page.waitForFunction(() => (window as unknown as { __homePainted?: number }).__homePainted !== undefined, undefined, { timeout: 15_000 });
    const mark = await page.evaluate(() => (window as unknown as { __homePainted: number }).__homePainted);
    // Chromium stamps FCP when the frame is presented, after the main thread is done with it: a mark
    // before FCP means the actions were in that first frame, so on screen at FCP, not earlier.
    const home = Math.max(mark, fcp);
    const homeInFirstFrame = mark <= fcp;
    if (!week) return { fcp, home, homeInFirstFrame };
    // A person clicks once the popup is on screen and has settled.
    await settle(page);
    await page.evaluate(MARK_WEEK);
    await page.getByRole('navigation').getByRole('button', { name: 'Week', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __weekPainted?: number }).__weekPainted !== undefined, undefined, { timeout: 15_000 });
    const marks = await page.evaluate(() => {
      const marks = window as unknown as { __clickAt: number; __weekInDom: number; __weekPainted: number };
      return { week: marks.__weekPainted - marks.__clickAt, weekInDom: marks.__weekInDom - marks.__clickAt };
    });
    return { fcp, home, homeInFirstFrame, ...marks };
  } finally {
    await browser.close();
  }
}

const popupStart: BenchSuite = async () => {
  const extensionDir = benchPopupBuild();
  const profiles: Record<Size, string> = { empty: '', full: '' };
  const runs: Record<Size, Record<PageName, Measure[]>> = {
    empty: { bare: [], popup: [], options: [] },
    full: { bare: [], popup: [], options: [] },
  };
  try {
    profiles.empty = await seededProfile(extensionDir, 0, 3650);
    profiles.full = await seededProfile(extensionDir, 20_000, 3650);
    for (let round = 0; round < ROUNDS; round++) {
      const sizes: Size[] = round % 2 === 0 ? ['empty', 'full'] : ['full', 'empty'];
      for (const size of sizes) {
        for (const name of rotated<PageName>(['bare', 'popup', 'options'], round)) {
          runs[size][name].push(await coldOpen(extensionDir, profiles[size], name, size === 'full'));
        }
      }
      console.error(`  round ${round + 1} of ${ROUNDS}`);
    }
  } finally {
    await Promise.all(Object.values(profiles).map((profile) => profile && rm(profile, { recursive: true, force: true })));
    // Removed, not only ignored: the linters would read the copied build.
    await rm(extensionDir, { recursive: true, force: true });
  }

  const values = (size: Size, name: PageName, pick: (run: Measure) => number | undefined) =>
    runs[size][name].map(pick).filter((value): value is number => value !== undefined);
  const describe = (list: number[]) => `${fmt(percentile(list, 50))} / ${fmt(percentile(list, 95))} ms`;
  const label = { empty: '0 records', full: '20,000 records' };
  /** Each time divided by the bare page's median FCP with the same profile in the same run. */
  const ratioRow = (size: Size, name: PageName, figure: string, pick: (run: Measure) => number | undefined, budget?: number, note = ''): BenchRow => {
    const bare = values(size, 'bare', (run) => run.fcp);
    const times = values(size, name, pick);
    return {
      suite: SUITE,
      name: `${figure} ÷ bare page FCP, ${label[size]}, cold`,
      ...spread(times.map((time) => time / percentile(bare, 50))),
      unit: '×',
      ...(budget === undefined ? {} : { budget: { max: budget } }),
      compare: `${name} ${describe(times)}, bare page ${describe(bare)} (median / p95, from navigation start)${note}`,
    };
  };
  const week = values('full', 'popup', (run) => run.week);
  const weekInDom = percentile(
    values('full', 'popup', (run) => run.weekInDom),
    50,
  );
  const rows: BenchRow[] = [];
  for (const size of ['empty', 'full'] as const) {
    rows.push(ratioRow(size, 'popup', 'popup FCP', (run) => run.fcp, FCP_BUDGET));
    const first = runs[size].popup.filter((run) => run.homeInFirstFrame).length;
    const note = `; in the first contentful frame in ${first} of ${runs[size].popup.length} starts`;
    rows.push(ratioRow(size, 'popup', 'popup Home’s actions painted', (run) => run.home, HOME_BUDGET, note));
  }
  rows.push({
    suite: SUITE,
    name: 'Week view painted after its tab is clicked, 20,000 records',
    ...spread(week),
    unit: 'ms',
    budget: { max: WEEK_BUDGET_MS },
    compare: `from the click to the frame painting the summary’s sentences; in the DOM ${fmt(weekInDom)} ms after the click (median)`,
  });
  for (const size of ['empty', 'full'] as const) rows.push(ratioRow(size, 'options', 'options FCP', (run) => run.fcp));
  return rows;
};

export default popupStart;
