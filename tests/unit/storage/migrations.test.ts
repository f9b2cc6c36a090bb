import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAll } from '@/utils/storage';
import { upgradeStorage } from '@/utils/background/maintenance';
import { FASTEST_CHOICE_MS, journalMonthV2 } from '@/utils/storage/migrations';

const at = Date.UTC(2019, 2, 10, 9);
const pause = (id: string, outcome: string, durationMs: number) => ({
  type: 'pause',
  id,
  at,
  site: 'slack',
  trigger: 'flagged',
  patterns: ['testing'],
  score: 0.8,
  outcome,
  durationMs,
});
const v1Month = {
  quick: pause('quick', 'sent-anyway', 0),
  chosen: pause('chosen', 'sent-anyway', 9_000),
  edited: pause('edited', 'kept-editing', 40),
  moment: { type: 'moment', id: 'moment', at, kind: 'asked-for-help' },
};

describe('journal month v1 → v2', () => {
  it('turns a "Send anyway" no one could have chosen into Steady failing open, and leaves the rest', () => {
    const migrated = journalMonthV2(v1Month) as typeof v1Month;
    expect(migrated.quick.outcome).toBe('failed-open');
    expect(migrated.chosen).toBe(v1Month.chosen);
    expect(migrated.edited).toBe(v1Month.edited);
    expect(migrated.moment).toBe(v1Month.moment);
    expect(pause('x', 'sent-anyway', FASTEST_CHOICE_MS)).toEqual(
      (journalMonthV2({ x: pause('x', 'sent-anyway', FASTEST_CHOICE_MS) }) as Record<string, unknown>).x,
    );
  });

  it('gives the same answer when run twice, and passes over what it does not recognise', () => {
    expect(journalMonthV2(journalMonthV2(v1Month))).toEqual(journalMonthV2(v1Month));
    for (const odd of [null, 'text', [1, 2], { a: null }]) expect(journalMonthV2(odd)).toEqual(odd);
  });

  it('runs in memory when a v1 month is read, and is stored, marked v2, by the worker’s upgrade', async () => {
    await fakeBrowser.storage.local.set({ journal: ['2019-03'], 'journal:2019-03': v1Month });
    const records = await readAll();
    expect((await fakeBrowser.storage.local.get('journal:2019-03$'))['journal:2019-03$']).toBeUndefined();
    await upgradeStorage();
    expect(Object.fromEntries(records.map((record) => [record.id, record.type === 'pause' ? record.outcome : record.type]))).toEqual({
      quick: 'failed-open',
      chosen: 'sent-anyway',
      edited: 'kept-editing',
      moment: 'moment',
    });
    const stored = await fakeBrowser.storage.local.get(['journal:2019-03', 'journal:2019-03$']);
    expect(stored['journal:2019-03$']).toEqual({ v: 2 });
    expect((stored['journal:2019-03'] as typeof v1Month).quick.outcome).toBe('failed-open');
  });
});
