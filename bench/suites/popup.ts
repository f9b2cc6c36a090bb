import { rm } from 'node:fs/promises';
import { closeOnboarding, extensionIdOf, launchBrowser, scriptMeter } from '../browser';
import { steadyBuild } from '../builds';
import { seededProfile } from '../records';
import { fmt, percentile, spread, type BenchRow, type BenchSuite } from '../types';

const SUITE = 'data at scale';
/** Cold starts per journal size; the two sizes alternate. */
const ROUNDS = 6;
const BUDGET_MS = 150;

/**
 * Runs in the popup before its own scripts: notes when the weekly summary's sentences
 * (the first thing drawn from the person's data) reach the page, then the end of the
 * frame that paints them. A string, so nothing is rewritten on its way into the page.
 */
const MARK_SUMMARY = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.sentences')) return;
    observer.disconnect();
    window.__summaryInDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__summaryPainted = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Milliseconds from navigation start; `cpu`: the popup's main-thread CPU time by then (all tasks). */
type Paint = { summary: number; inDom: number; fcp: number; cpu: number };

/** Starts the browser on the profile, lets Steady's worker start, then opens the popup on its weekly summary. */
async function coldPaint(extensionDir: string, profile: string): Promise<Paint> {
  const browser = await launchBrowser({ extensionDir, profile });
  try {
    const id = await extensionIdOf(browser.context);
    await closeOnboarding(browser.context);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await browser.context.addInitScript({ content: MARK_SUMMARY });
    const page = await browser.context.newPage();
    const meter = await scriptMeter(page);
    await page.goto(`chrome-extension://${id}/popup.html#summary`);
    await page.waitForFunction(() => (window as unknown as { __summaryPainted?: number }).__summaryPainted !== undefined, undefined, { timeout: 15_000 });
    const { task } = await meter.read();
    const marks = await page.evaluate(() => {
      const marks = window as unknown as { __summaryPainted: number; __summaryInDom: number };
      const fcp = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint');
      return { summary: marks.__summaryPainted, inDom: marks.__summaryInDom, fcp: fcp?.startTime ?? Number.NaN };
    });
    return { ...marks, cpu: task };
  } finally {
    await browser.close();
  }
}

const popup: BenchSuite = async () => {
  const extensionDir = steadyBuild('production');
  const full = await seededProfile(extensionDir, 20_000, 3650);
  const small = await seededProfile(extensionDir, 100, 18);
  const paints: Record<'full' | 'small', Paint[]> = { full: [], small: [] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? (['full', 'small'] as const) : (['small', 'full'] as const);
      for (const size of order) paints[size].push(await coldPaint(extensionDir, size === 'full' ? full : small));
    }
  } finally {
    await Promise.all([full, small].map((profile) => rm(profile, { recursive: true, force: true })));
  }
  const median = (size: 'full' | 'small', pick: (paint: Paint) => number) => fmt(percentile(paints[size].map(pick), 50));
  const rows: BenchRow[] = [
    {
      suite: SUITE,
      name: 'popup first paint of the weekly summary, 20,000 records, cold',
      ...spread(paints.full.map((paint) => paint.summary)),
      unit: 'ms',
      budget: { max: BUDGET_MS },
      compare: `from navigation start; with 100 records ${median('small', (paint) => paint.summary)} ms; first contentful paint (heading) ${median('full', (paint) => paint.fcp)} ms; summary in the DOM ${median('full', (paint) => paint.inDom)} ms; main-thread CPU time by then ${median('full', (paint) => paint.cpu)} ms`,
    },
  ];
  return rows;
};

export default popup;
