import { describe, expect, it } from 'vitest';
import { evidenceFrom } from '@/utils/handlers/get-config';
import type { JournalRecord, PauseEvent } from '@/utils/storage';

const MONTH_START = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;
const pause = (id: string, at: number, outcome: PauseEvent['outcome']): PauseEvent => ({
  type: 'pause',
  id,
  at,
  site: 'whatsapp',
  trigger: 'flagged',
  patterns: ['testing'],
  score: 0.8,
  outcome,
  durationMs: 4000,
});

describe("the person's own evidence for the pause window", () => {
  it('counts nothing when there is nothing, so no line is shown', () => {
    expect(evidenceFrom([], MONTH_START)).toEqual({ momentsThisMonth: 0, reachingOutThisMonth: 0, waited: 0, waitedWentFine: 0, repairsThisMonth: 0 });
  });

  it('counts the last waits, those the person said went fine, and this month’s repairs', () => {
    const records: JournalRecord[] = [
      pause('w1', MONTH_START - 10 * DAY, 'kept-editing'),
      pause('w2', MONTH_START - 5 * DAY, 'saved-for-later'),
      pause('w3', MONTH_START + DAY, 'kept-editing'),
      pause('s1', MONTH_START + DAY, 'sent-anyway'),
      // Follow-up answers name their pause.
      { type: 'moment', id: 'm1', at: MONTH_START + 2 * DAY, kind: 'chose-differently', pauseId: 'w1' },
      { type: 'moment', id: 'm2', at: MONTH_START + 2 * DAY, kind: 'felt-understood', pauseId: 'w3' },
      { type: 'rupture', id: 'r1', at: MONTH_START - 20 * DAY, promptAt: MONTH_START - 18 * DAY, repairedAt: MONTH_START + 3 * DAY },
      { type: 'rupture', id: 'r2', at: MONTH_START - 20 * DAY, promptAt: MONTH_START - 18 * DAY, repairedAt: MONTH_START - DAY },
      { type: 'rupture', id: 'r3', at: MONTH_START + DAY, promptAt: MONTH_START + 3 * DAY },
    ];
    expect(evidenceFrom(records, MONTH_START)).toEqual({ momentsThisMonth: 2, reachingOutThisMonth: 1, waited: 3, waitedWentFine: 2, repairsThisMonth: 1 });
  });

  it('speaks of the ten latest waits only', () => {
    const waits = Array.from({ length: 14 }, (_, index) => pause(`w${index}`, MONTH_START + index * 1000, 'kept-editing'));
    const fineForOldest: JournalRecord[] = waits
      .slice(0, 4)
      .map((wait) => ({ type: 'moment', id: `m-${wait.id}`, at: wait.at, kind: 'chose-differently', pauseId: wait.id }));
    expect(evidenceFrom([...waits, ...fineForOldest], MONTH_START)).toMatchObject({ waited: 10, waitedWentFine: 0 });
  });
});
