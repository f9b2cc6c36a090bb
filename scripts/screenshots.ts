import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { launchWithSteady } from '../tests/e2e/launch';
import { EXTENSION_DIR } from '../tests/e2e/paths';
import { importRecords } from '../tests/e2e/helpers';
import { startFixtureServer } from '../tests/e2e/server';
import { spanish, spanishI18n } from '../tests/e2e/spanish';
import { COLOR_SCHEMES } from '../tests/e2e/options-support';
import { openChargedPause, overlay } from '../tests/e2e/pause-support';

/**
 * `npm run screenshots`: pictures of Steady's newer views, in light and dark, written to
 * docs/screenshots/ (see its README.md for the list). Loads the e2e build from STEADY_OUT_DIR
 * (default .output; build it with `npm run build:e2e`) into the system Chromium, seeds an invented
 * twelve-week journal relative to a fixed date, and opens each view as the end-to-end tests do.
 */

const OUT_DIR = resolve('docs/screenshots');
const VIEWPORT = { width: 1100, height: 800 };
/** The note sits in a corner of the host page: a smaller window keeps it and the composer in view. */
const NOTE_VIEWPORT = { width: 760, height: 420 };
/** Every page shows this moment as "now" (a Wednesday afternoon, in UTC), so the dates never change. */
const NOW = Date.UTC(2025, 5, 11, 15, 0);
const TIMEZONE = 'UTC';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MINUTE = 60_000;

/** `days` days before NOW's date, at `hour` o'clock. */
const at = (days: number, hour: number) => NOW - (NOW % DAY) - days * DAY + hour * HOUR;

type Scheme = (typeof COLOR_SCHEMES)[number];
type PauseRow = [days: number, hour: number, patterns: string[], outcome: string, site: string, score: number, feedback?: string];

/**
 * An invented journal over twelve weeks: fewer pauses and more waiting as weeks pass, moments,
 * grounding with ratings, a rupture and its repair, and "Not needed this time" twice for
 * apologies on WhatsApp (so Steady has learned to wait there).
 */
function journal(): unknown[] {
  const pauses: PauseRow[] = [
    [80, 21, ['withdrawal'], 'sent-anyway', 'whatsapp', 0.74],
    [78, 22, ['withdrawal', 'testing'], 'sent-anyway', 'whatsapp', 0.81],
    [74, 20, ['testing'], 'sent-anyway', 'slack', 0.7],
    [69, 23, ['withdrawal'], 'sent-anyway', 'whatsapp', 0.77],
    [66, 19, ['reassurance-seeking'], 'kept-editing', 'gmail', 0.66],
    [61, 21, ['withdrawal', 'testing'], 'sent-anyway', 'whatsapp', 0.83],
    [57, 22, ['testing'], 'sent-anyway', 'slack', 0.69],
    [52, 20, ['over-apology'], 'sent-anyway', 'whatsapp', 0.62],
    [47, 21, ['withdrawal'], 'kept-editing', 'whatsapp', 0.75],
    [43, 18, ['reassurance-seeking'], 'sent-anyway', 'gmail', 0.64],
    [38, 22, ['testing'], 'saved-for-later', 'slack', 0.78],
    [33, 20, ['withdrawal'], 'sent-anyway', 'whatsapp', 0.71],
    [22, 19, ['testing'], 'kept-editing', 'slack', 0.72, 'helped'],
    [12, 22, ['withdrawal'], 'kept-editing', 'whatsapp', 0.76],
    [10, 21, ['over-apology'], 'sent-anyway', 'whatsapp', 0.58, 'not-needed'],
    [8, 18, ['reassurance-seeking'], 'saved-for-later', 'gmail', 0.67, 'helped'],
    [4, 20, ['over-apology'], 'sent-anyway', 'whatsapp', 0.58, 'not-needed'],
    [3, 21, ['testing'], 'kept-editing', 'slack', 0.7],
  ];
  const moments: Array<[days: number, hour: number, kind: string, extra?: Record<string, string>]> = [
    [75, 19, 'honest-check-in'],
    [63, 20, 'boundary-respected'],
    [55, 18, 'felt-understood'],
    [48, 21, 'asked-for-space'],
    [41, 19, 'shared-something-real'],
    [36, 20, 'felt-understood'],
    [30, 18, 'honest-check-in'],
    [24, 19, 'chose-differently'],
    [20, 20, 'felt-understood', { note: 'Said I needed a quiet evening, and it was taken kindly.' }],
    [15, 18, 'repair-after-rupture', { ruptureId: 'r1' }],
    [11, 19, 'asked-for-help'],
    [9, 20, 'boundary-respected'],
    [5, 18, 'shared-something-real', { note: 'Talked through the weekend plans instead of guessing what was wrong.' }],
    [2, 19, 'felt-understood'],
    [1, 12, 'honest-check-in'],
  ];
  const grounding: Array<[days: number, exercise: string, minutes: number, before?: number, after?: number]> = [
    [60, 'breathing-box', 4, 2, 3],
    [34, 'senses-54321', 6, 2, 4],
    [19, 'breathing-478', 3, 3, 4],
    [13, 'name-the-feeling', 5],
    [6, 'breathing-box', 4, 2, 4],
    [1, 'breathing-sigh', 2, 3, 4],
  ];
  return [
    ...pauses.map(([days, hour, patterns, outcome, site, score, feedback], index) => ({
      type: 'pause',
      id: `p${index + 1}`,
      at: at(days, hour),
      site,
      trigger: 'flagged',
      patterns,
      score,
      outcome,
      durationMs: 40_000,
      ...(feedback ? { feedback } : {}),
    })),
    ...moments.map(([days, hour, kind, extra], index) => ({ type: 'moment', id: `m${index + 1}`, at: at(days, hour), kind, ...extra })),
    ...grounding.map(([days, exercise, minutes, before, after], index) => ({
      type: 'grounding',
      id: `g${index + 1}`,
      at: at(days, 8),
      exercise,
      durationMs: minutes * MINUTE,
      completed: true,
      ...(before === undefined ? {} : { before, after }),
    })),
    {
      type: 'rupture',
      id: 'r1',
      at: at(18, 17),
      note: 'A sharp reply in the middle of a busy afternoon.',
      promptAt: at(17, 17),
      repairedAt: at(15, 18),
      repairMomentId: 'm10',
    },
    { type: 'rupture', id: 'r2', at: at(50, 22), promptAt: at(49, 22), repairedAt: at(48, 20) },
  ];
}

const written: string[] = [];

/**
 * Steady in the system Chromium at the fixed time zone. Under tsx, functions handed to a page
 * call esbuild's `__name` helper (it keeps function names): each page gets a no-op one.
 */
async function launch(): Promise<Awaited<ReturnType<typeof launchWithSteady>>> {
  const launched = await launchWithSteady({ timezone: TIMEZONE });
  await launched.context.addInitScript('globalThis.__name = (target) => target;');
  return launched;
}

async function shoot(target: Page | Locator, name: string, fullPage = false): Promise<void> {
  const path = join(OUT_DIR, `${name}.png`);
  await target.screenshot({ path, animations: 'disabled', ...(fullPage ? { fullPage } : {}) });
  written.push(path);
}

/** Both colour schemes of the same view, as `<name>-light.png` and `<name>-dark.png`. */
async function inBothSchemes(page: Page, take: (scheme: Scheme) => Promise<void>): Promise<void> {
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await take(colorScheme);
  }
}

async function openView(context: BrowserContext, extensionId: string, name: string, hash = ''): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  await page.goto(`chrome-extension://${extensionId}/${name}.html${hash}`);
  return page;
}

/** The trends page and the session summary on screen, with `suffix` naming the language. */
async function trendsAndSession(context: BrowserContext, extensionId: string, suffix: string): Promise<void> {
  const trends = await openView(context, extensionId, 'trends');
  await trends.getByRole('table').waitFor();
  await inBothSchemes(trends, (scheme) => shoot(trends, `trends${suffix}-${scheme}`, true));
  await trends.close();

  const session = await openView(context, extensionId, 'session');
  await session.getByRole('article').locator('section.page').first().waitFor();
  await inBothSchemes(session, (scheme) => shoot(session, `session${suffix}-${scheme}`, true));
  await session.close();
}

/** "What Steady has learned" on the options page: the section alone. */
async function learnedSection(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await openView(context, extensionId, 'options', '#learned');
  const section = options.locator('section[aria-labelledby="learned"]');
  await section.getByRole('listitem').first().waitFor();
  await inBothSchemes(options, (scheme) => shoot(section, `learned-${scheme}`));
  await options.close();
}

/** The summary as printed with every section ticked: one PNG per printed page. */
async function printedSession(context: BrowserContext, extensionId: string): Promise<void> {
  const session = await openView(context, extensionId, 'session');
  const include = session.getByRole('group', { name: 'Include' });
  await include.getByRole('checkbox').first().waitFor();
  for (const box of await include.getByRole('checkbox').all()) await box.check();
  await session.getByRole('article').locator('section.page').first().waitFor();
  await session.emulateMedia({ colorScheme: 'light' });
  const scratch = mkdtempSync(join(tmpdir(), 'steady-print-'));
  try {
    const pdf = join(scratch, 'session.pdf');
    await session.pdf({ path: pdf, format: 'A4' });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT_DIR, 'session-print')]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const pages = readdirSync(OUT_DIR).filter((file) => /^session-print-\d+\.png$/.test(file));
  written.push(...pages.sort((a, b) => parseInt(a.slice(14)) - parseInt(b.slice(14))).map((file) => join(OUT_DIR, file)));
  await session.close();
}

/** The views that read the journal, from one seeded profile: English first, then Spanish. */
async function journalViews(): Promise<void> {
  const { context, extensionId, close } = await launch();
  try {
    await context.clock.setFixedTime(NOW);
    const popup = await openView(context, extensionId, 'popup');
    await importRecords(popup, journal());
    await popup.close();

    await trendsAndSession(context, extensionId, '');
    await learnedSection(context, extensionId);
    await printedSession(context, extensionId);

    await context.addInitScript(spanishI18n, spanish);
    await trendsAndSession(context, extensionId, '-es');
  } finally {
    await close();
  }
}

/** "Was this pause useful?" on a composer fixture, after a pause closed with "Send anyway". */
async function feedbackNote(): Promise<void> {
  const server = await startFixtureServer();
  const { context, close } = await launch();
  try {
    // The note takes its colours when it opens: one pause in each scheme, each on a fresh page.
    for (const colorScheme of COLOR_SCHEMES) {
      const page = await context.newPage();
      await page.setViewportSize(VIEWPORT);
      await page.emulateMedia({ colorScheme });
      await openChargedPause(page, server.origin);
      await overlay(page).getByRole('button', { name: 'Send anyway' }).click();
      const note = page.locator('steady-pause [role="group"]').filter({ has: page.getByRole('button', { name: 'Not needed this time' }) });
      await note.waitFor();
      // The pause needs the whole window; the note alone fits in a smaller one.
      await page.setViewportSize(NOTE_VIEWPORT);
      await note.waitFor();
      await shoot(page, `pause-feedback-${colorScheme}`);
      await page.close();
    }
  } finally {
    await close();
    await server.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(EXTENSION_DIR)) throw new Error(`No e2e build at ${EXTENSION_DIR}: run \`npm run build:e2e\` (with the same STEADY_OUT_DIR) first.`);
  mkdirSync(OUT_DIR, { recursive: true });
  for (const file of readdirSync(OUT_DIR)) if (file.endsWith('.png')) rmSync(join(OUT_DIR, file));

  await journalViews();
  await feedbackNote();

  let total = 0;
  for (const path of written) {
    const { size } = statSync(path);
    total += size;
    console.log(`${path.slice(OUT_DIR.length + 1).padEnd(28)} ${(size / 1024).toFixed(0).padStart(5)} KB`);
  }
  console.log(`${written.length} screenshots, ${(total / 1024).toFixed(0)} KB in ${OUT_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
