import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JOURNAL_VERSION, quarantineInvalid, repairStoredSettings, validateMonth, type MicroMoment } from '@/utils/storage';

/**
 * Steady's migrations over stored data (daily maintenance: repair the month index, move
 * invalid entries to quarantine; settings repair: damaged fields back to defaults) may be
 * stopped at any moment: the worker is killed, the browser quits. Whatever the moment,
 * storage holds the old state or the new one, never a mix, and running again finishes
 * the job exactly once.
 */

const at = Date.UTC(2026, 10, 10);
const october = Date.UTC(2026, 9, 10);
const good = (id: string, when = at): MicroMoment => ({ type: 'moment', id, at: when, kind: 'asked-for-help' });

/** A journal at the current schema version (with its version records), damaged in several months at once. */
const DAMAGED = {
  journal: ['2026-11'],
  journal$: { v: JOURNAL_VERSION },
  'journal:2026-09': { s: good('s', Date.UTC(2026, 8, 3)), bad: { type: 'moment', id: 'bad' } },
  'journal:2026-10': { o: good('o', october), x: 42, y: { ...good('y', october), type: 'dream' } },
  'journal:2026-10$': { v: JOURNAL_VERSION },
  'journal:2026-11': {
    a: good('a'),
    b: good('c'),
    p: { type: 'pause', id: 'p', at, site: 'gmail', trigger: 'flagged', patterns: [], score: 0.5, outcome: 'sent-anyway', durationMs: 1, text: 'secret' },
  },
  'journal:2026-11$': { v: JOURNAL_VERSION },
  'journal:2026-09$': { v: JOURNAL_VERSION },
  quarantine: [{ key: 'earlier', at: 1, reason: 'kept from before', value: 'x' }],
  settings: { pauseMode: 'sometimes', sensitivity: 'watchful', pauseSeconds: 2 },
  settings$: { v: 1 },
};
const VALID_IDS = ['a', 'o', 's'];

/** The valid records anywhere in storage, whether the index lists their month yet or not. */
async function validIds(): Promise<string[]> {
  const all = await fakeBrowser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key]) => /^journal:\d{4}-\d{2}$/.test(key))
    .flatMap(([, month]) => validateMonth(month).records.map((record) => record.id))
    .sort();
}

/** How many set-aside values a storage snapshot holds, in the list earlier versions kept and by month. */
function setAsideIn(stored: Record<string, unknown>): number {
  return Object.entries(stored)
    .filter(([key]) => key === 'quarantine' || /^quarantine:\d{4}-\d{2}$/.test(key))
    .reduce((sum, [, entries]) => sum + (entries as unknown[]).length, 0);
}

async function snapshot(): Promise<Record<string, unknown>> {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}

/** Makes the `n`th storage write fail (counting from 1), as if the worker were stopped right there. */
function crashOnWrite(n: number): () => number {
  let writes = 0;
  const area = fakeBrowser.storage.local;
  const set = area.set.bind(area);
  vi.spyOn(area, 'set').mockImplementation(async (items) => {
    writes++;
    if (writes === n) throw new Error('stopped mid-write');
    return set(items);
  });
  return () => writes;
}

const MIGRATIONS: Array<{ name: string; run: () => Promise<unknown>; quarantined: number }> = [
  { name: 'the journal maintenance (index repair, invalid entries to quarantine)', run: () => quarantineInvalid(), quarantined: 5 },
  { name: 'the settings repair (damaged fields back to their defaults)', run: () => repairStoredSettings(), quarantined: 2 },
];

describe('an interrupted migration', () => {
  for (const { name, run: migrate, quarantined } of MIGRATIONS)
    it(`${name}: leaves the old or the new state at every point it can stop, and finishes exactly once when run again`, async () => {
      vi.useFakeTimers({ now: Date.UTC(2026, 10, 20), toFake: ['Date'] });
      try {
        await fakeBrowser.storage.local.set(structuredClone(DAMAGED));
        const before = await snapshot();
        const countWrites = crashOnWrite(0);
        await migrate();
        const writes = countWrites();
        const after = await snapshot();
        vi.restoreAllMocks();
        expect(await validIds()).toEqual(VALID_IDS);
        expect(setAsideIn(after)).toBe(1 + quarantined);

        const states: string[] = [];
        for (let stop = 1; stop <= writes; stop++) {
          fakeBrowser.reset();
          await fakeBrowser.storage.local.set(structuredClone(DAMAGED));
          crashOnWrite(stop);
          await migrate().catch(() => undefined);
          vi.restoreAllMocks();
          const interrupted = await snapshot();
          // Every key is either as before or as after: no half-moved records, no record in two places.
          const mixed = Object.keys({ ...before, ...after }).filter((key) => {
            const now = JSON.stringify(interrupted[key]);
            return now !== JSON.stringify(before[key]) && now !== JSON.stringify(after[key]);
          });
          expect(mixed, `stopped at write ${stop}`).toEqual([]);
          const whole = JSON.stringify(interrupted) === JSON.stringify(before) ? 'old' : JSON.stringify(interrupted) === JSON.stringify(after) ? 'new' : 'mix';
          states.push(whole);
          expect(whole, `stopped at write ${stop}`).not.toBe('mix');
          expect(await validIds()).toEqual(VALID_IDS);

          await migrate();
          expect(await snapshot(), `run again after stopping at write ${stop}`).toEqual(after);
        }
        // Running once more changes nothing.
        await migrate();
        expect(await snapshot()).toEqual(after);
        console.log(
          `interrupted migration, ${name}: ${writes} write(s) per run, stopped at each: ${states.join(', ')}; ${VALID_IDS.length} valid records kept, ${quarantined} quarantined exactly once`,
        );
      } finally {
        vi.useRealTimers();
      }
    });
});
