import type { Page } from '@playwright/test';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionIdOf, launchBrowser } from './browser';
import type { JournalRecord } from '../utils/storage/schemas';
import { BUILT_IN_MOMENT_KINDS } from '../utils/storage/values';

export const DAY = 86_400_000;

const SITES = ['gmail', 'slack', 'whatsapp', 'discord', 'teams', 'https://chat.example.org'];
const PATTERNS = [
  ['over-apology'],
  ['reassurance-seeking', 'testing'],
  ['absolutes'],
  ['double-texting'],
  ['withdrawal', 'self-silencing'],
  ['hostility', 'shouting'],
] as const;
const OUTCOMES = ['kept-editing', 'sent-anyway', 'saved-for-later', 'sent-anyway', 'left-page'] as const;
const EXERCISES = ['breathing-box', 'breathing-478', 'senses-54321', 'name-the-feeling', 'defences-check-in'] as const;

/**
 * `count` journal records spread evenly over the `days` days before `now`, newest first,
 * in the mix a person using Steady for years would have: 40 % pauses, 35 % moments (half
 * with a short note, some logged after a pause or as a repair), 20 % grounding sessions,
 * 5 % ruptures. Deterministic, and valid against the storage schemas.
 */
export function journalRecords(count: number, days: number, now = Date.now()): JournalRecord[] {
  return Array.from({ length: count }, (_, index): JournalRecord => {
    const at = now - Math.floor((index / count) * days * DAY) - 60_000;
    const id = `seed-${index}`;
    const slot = index % 20;
    if (slot < 8) {
      return {
        type: 'pause',
        id,
        at,
        site: SITES[index % SITES.length],
        trigger: index % 9 === 0 ? 'always' : 'flagged',
        patterns: [...PATTERNS[index % PATTERNS.length]],
        score: 0.5 + (index % 5) / 10,
        outcome: OUTCOMES[index % OUTCOMES.length],
        durationMs: 4_000 + (index % 30) * 1_000,
      };
    }
    if (slot < 15) {
      const kind = BUILT_IN_MOMENT_KINDS[index % BUILT_IN_MOMENT_KINDS.length];
      return {
        type: 'moment',
        id,
        at,
        kind,
        safety: 1 + (index % 5),
        ...(index % 2 === 0 ? { person: 'Sam', note: 'Said what I needed and it landed fine, no drama at all.' } : {}),
        // The pause just before it (ids grow into the past).
        ...(slot === 8 ? { pauseId: `seed-${index + 1}` } : {}),
        ...(kind === 'repair-after-rupture' ? { ruptureId: `seed-${index + 1}` } : {}),
      };
    }
    if (slot < 19) {
      return {
        type: 'grounding',
        id,
        at,
        exercise: EXERCISES[index % EXERCISES.length],
        durationMs: 60_000 + (index % 4) * 30_000,
        completed: index % 7 !== 0,
        ...(index % 2 === 0 ? { before: 4, after: 2 } : {}),
      };
    }
    return {
      type: 'rupture',
      id,
      at,
      person: 'Sam',
      note: 'We talked past each other about the weekend plans.',
      promptAt: at + 2 * DAY,
      ...(index % 40 === 19 ? { repairedAt: at + DAY } : {}),
    };
  });
}

/**
 * Replaces the journal of the Steady whose page `page` is (one of its own pages) with
 * `records`, through its import, the way a person restores an export.
 */
export async function seedJournal(page: Page, records: JournalRecord[]): Promise<void> {
  await page.evaluate(() => chrome.runtime.sendMessage({ name: 'page:delete-all', data: {} }));
  const exported = await page.evaluate(async () => {
    const reply = await chrome.runtime.sendMessage({ name: 'page:export', data: {} });
    if (!reply?.ok) throw new Error(reply?.error ?? 'export failed');
    return reply.data.json as string;
  });
  const json = JSON.stringify({ ...JSON.parse(exported), records });
  await page.evaluate(async (json) => {
    const reply = await chrome.runtime.sendMessage({ name: 'page:import', data: { json } });
    if (!reply?.ok) throw new Error(reply?.error ?? 'import failed');
  }, json);
}

/** A browser profile with Steady and `count` journal records over `days`, kept on disk for cold starts (the caller removes it). */
export async function seededProfile(extensionDir: string, count: number, days: number): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'steady-bench-profile-'));
  const browser = await launchBrowser({ extensionDir, profile });
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${await extensionIdOf(browser.context)}/options.html`);
    await seedJournal(page, journalRecords(count, days));
  } finally {
    await browser.close();
  }
  return profile;
}
