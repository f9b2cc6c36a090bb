import type { Page } from '@playwright/test';
import { launchWithSteady } from '../../tests/e2e/launch';
import { startFixtureServer } from '../../tests/e2e/server';
import { buildHost, CALM, CHARGED } from '../../tests/e2e/pause-support';
import { steadyBuild } from '../builds';
import { fmt, percentile, spread, type BenchRow, type BenchSuite } from '../types';

const SUITE = 'send path';
const ROUNDS = 60;

/**
 * Milliseconds from each Enter (the event's own timestamp) to the host's send handler,
 * measured inside the page, for a calm draft.
 */
async function calmSendTimes(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { __sendTimes: number[] }).__sendTimes = times;
    document.querySelector('textarea')!.addEventListener('keydown', (event) => event.key === 'Enter' && times.push(performance.now() - event.timeStamp));
  });
  const field = page.locator('textarea');
  for (let round = 0; round < ROUNDS; round++) {
    await field.fill(CALM);
    await field.press('Enter');
  }
  return page.evaluate(() => (window as unknown as { __sendTimes: number[] }).__sendTimes);
}

/**
 * Milliseconds from each Enter on a charged draft (the event's own timestamp, seen by a
 * listener the page registers before Steady's) to the overlay's dialog being rendered in
 * the page (it paints in the next frame).
 */
async function overlayTimes(page: Page): Promise<number[]> {
  const field = page.locator('textarea');
  const times: number[] = [];
  for (let round = 0; round < ROUNDS / 3; round++) {
    await field.fill(CHARGED);
    await page.evaluate(() => {
      const state = window as unknown as { __shown: Promise<number> };
      // Watches the page for the overlay's host, then its (open, e2e) shadow root for the dialog.
      state.__shown = new Promise((resolve, reject) => {
        const give = setTimeout(() => reject(new Error('no overlay')), 5000);
        const done = () => {
          clearTimeout(give);
          resolve(performance.now());
        };
        const inShadow = new MutationObserver(() => {
          if (![...document.querySelectorAll('steady-pause')].some((host) => host.shadowRoot?.querySelector('[role="dialog"]'))) return;
          inShadow.disconnect();
          done();
        });
        const inPage = new MutationObserver(() => {
          const host = [...document.querySelectorAll('steady-pause')].find((candidate) => candidate.shadowRoot);
          if (!host) return;
          inPage.disconnect();
          if (host.shadowRoot!.querySelector('[role="dialog"]')) return done();
          inShadow.observe(host.shadowRoot!, { childList: true, subtree: true });
        });
        inPage.observe(document.body, { childList: true });
      });
    });
    await field.press('Enter');
    times.push(
      await page.evaluate(async () => {
        const state = window as unknown as { __shown: Promise<number>; __keyAt: number };
        return (await state.__shown) - state.__keyAt;
      }),
    );
    await page.keyboard.press('Escape');
  }
  return times;
}

async function measure(extensionDir: string, run: (page: Page) => Promise<number[]>): Promise<number[]> {
  const server = await startFixtureServer();
  const steady = await launchWithSteady({ extensionDir });
  try {
    const page = await steady.context.newPage();
    // tsx wraps named functions in a `__name` helper; the shared host builder runs in the page.
    await page.addInitScript({ content: 'window.__name = (target) => target;' });
    // Registered at document creation, before Steady's listener: sees every Enter's timestamp.
    await page.addInitScript({ content: "addEventListener('keydown', (event) => { window.__keyAt = event.timeStamp; }, true);" });
    await buildHost(page, server.origin, 'chat');
    await page.waitForTimeout(300);
    return await run(page);
  } finally {
    await steady.close();
    await server.close();
  }
}

const sendPath: BenchSuite = async () => {
  // The production build does not run on 127.0.0.1: the same page without Steady.
  const without = await measure(steadyBuild('production'), calmSendTimes);
  const withSteady = await measure(steadyBuild('e2e'), calmSendTimes);
  const overlay = await measure(steadyBuild('e2e'), overlayTimes);
  const rows: BenchRow[] = [
    {
      suite: SUITE,
      name: 'calm Enter → host send handler, added by Steady',
      median: percentile(withSteady, 50) - percentile(without, 50),
      p95: percentile(withSteady, 95) - percentile(without, 95),
      runs: withSteady.length,
      unit: 'ms',
      budget: { max: 2, on: 'p95' },
      compare: `with ${fmt(percentile(withSteady, 50))} / ${fmt(percentile(withSteady, 95))} ms, without ${fmt(percentile(without, 50))} / ${fmt(percentile(without, 95))} ms (median / p95)`,
    },
    { suite: SUITE, name: 'charged Enter → overlay shown', ...spread(overlay), unit: 'ms', budget: { max: 50, on: 'p95' } },
  ];
  return rows;
};

export default sendPath;
