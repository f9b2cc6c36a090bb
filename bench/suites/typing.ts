import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startFixtureServer } from '../../tests/e2e/server';
import { launchCases, rotated, settle, type Case } from '../browser';
import { floorExtension, steadyBuild } from '../builds';
import { fmt, percentile, type BenchRow, type BenchSuite } from '../types';

const SUITE = 'typing';
/** Keystrokes measured per editor and case, in CHUNKS alternated between the cases. */
const KEYSTROKES = 500;
const CHUNKS = 10;
/** Steady may add at most this share to the time from a keystroke to the next frame, median and p95. */
const MAX_RATIO = 1.05;
/** A long calm draft (about 10,000 characters) already in the composer, as in a long mail. */
const DRAFT = 'Thanks for sending the notes over, I will read them tonight and get back to you tomorrow. '.repeat(112).trim();
const EDITORS = [
  { name: 'textarea', path: '/dist/textarea-form/index.html', composer: 'textarea[aria-label="Message"]' },
  { name: 'Lexical', path: '/dist/lexical/index.html', composer: '[data-lexical-editor="true"][role="textbox"]' },
];

/**
 * Opens the editor with the long draft and starts measuring in the page: for each keydown, the time
 * from the event to the first task after the next animation frame (the frame that shows the key).
 */
async function openEditor(entry: Case, url: string, composer: string): Promise<Page> {
  const page = await entry.browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  await page.locator(composer).click();
  await page.keyboard.insertText(DRAFT);
  await settle(page);
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { __keyToFrame: number[] }).__keyToFrame = times;
    addEventListener(
      'keydown',
      (event) => {
        requestAnimationFrame(() => {
          const after = new MessageChannel();
          after.port1.onmessage = () => times.push(performance.now() - event.timeStamp);
          after.port2.postMessage(undefined);
        });
      },
      true,
    );
  });
  return page;
}

async function typeKeys(page: Page, count: number, offset: number): Promise<void> {
  const letters = 'steady and calm ';
  for (let index = 0; index < count; index++) {
    await page.keyboard.press(letters[(offset + index) % letters.length] === ' ' ? 'Space' : letters[(offset + index) % letters.length]);
    // The next key waits for this one's frame, as typing at a person's pace does.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
}

const typing: BenchSuite = async () => {
  if (!existsSync('tests/fixtures/dist/lexical')) execFileSync('npx', ['tsx', 'tests/fixtures/build.ts'], { stdio: 'ignore' });
  const server = await startFixtureServer();
  const { cases, close } = await launchCases({ floor: floorExtension(), steady: steadyBuild('e2e') });
  const measured = cases.filter((entry) => entry.name !== 'none');
  const rows: BenchRow[] = [];
  try {
    for (const editor of EDITORS) {
      const pages = new Map<Case, Page>();
      for (const entry of measured) pages.set(entry, await openEditor(entry, `${server.origin}${editor.path}`, editor.composer));
      const perChunk = KEYSTROKES / CHUNKS;
      for (let chunk = 0; chunk < CHUNKS; chunk++) {
        for (const entry of rotated(measured, chunk)) await typeKeys(pages.get(entry)!, perChunk, chunk * perChunk);
      }
      const times = new Map<Case, number[]>();
      for (const [entry, page] of pages) {
        times.set(entry, await page.evaluate(() => (window as unknown as { __keyToFrame: number[] }).__keyToFrame));
        await page.close();
      }
      const [floor, steady] = measured.map((entry) => times.get(entry)!);
      const compare = (p: number) =>
        `Steady ${fmt(percentile(steady, p))} ms, floor ${fmt(percentile(floor, p))} ms (${steady.length} and ${floor.length} keys, draft of ${DRAFT.length} characters)`;
      for (const [label, p] of [
        ['median', 50],
        ['p95', 95],
      ] as const) {
        rows.push({
          suite: SUITE,
          name: `${editor.name}: keystroke → next frame, Steady ÷ floor (${label})`,
          median: percentile(steady, p) / percentile(floor, p),
          unit: '×',
          budget: { max: MAX_RATIO },
          compare: compare(p),
        });
      }
      console.error(`  ${editor.name} done`);
    }
  } finally {
    await close();
    await server.close();
  }
  return rows;
};

export default typing;
