import { describe, expect, it } from 'vitest';
import { summarizeSession } from '@/utils/summary/session';
import type { JournalRecord } from '@/utils/storage';

const FROM = new Date(2026, 10, 1).getTime();
const TO = new Date(2026, 11, 1).getTime();
const HOUR = 3_600_000;

describe('a summary for a session', () => {
  it('counts only the period, only what the person did, and keeps notes apart with their dates', () => {
    const records: JournalRecord[] = [
      { type: 'moment', id: 'm1', at: FROM + HOUR, kind: 'felt-understood', note: 'we talked' },
      { type: 'moment', id: 'm2', at: FROM + 2 * HOUR, kind: 'felt-understood' },
      { type: 'moment', id: 'm3', at: FROM + 30 * HOUR, kind: 'asked-for-help' },
      { type: 'moment', id: 'before', at: FROM - 1, kind: 'asked-for-help', note: 'too early' },
      { type: 'moment', id: 'after', at: TO, kind: 'asked-for-help', note: 'too late' },
      {
        type: 'pause',
        id: 'p1',
        at: FROM + HOUR,
        site: 'slack',
        trigger: 'flagged',
        patterns: ['testing'],
        score: 0.8,
        outcome: 'kept-editing',
        durationMs: 1,
      },
      { type: 'pause', id: 'p2', at: FROM + HOUR, site: 'slack', trigger: 'flagged', patterns: ['testing'], score: 0.8, outcome: 'failed-open', durationMs: 1 },
      { type: 'grounding', id: 'g1', at: FROM + HOUR, exercise: 'breathing-box', durationMs: 90_000, completed: true, before: 2, after: 4 },
      { type: 'rupture', id: 'r1', at: FROM + 3 * HOUR, promptAt: FROM + 50 * HOUR, repairedAt: FROM + 60 * HOUR, note: 'snapped at Sam' },
      { type: 'rupture', id: 'r2', at: FROM + 4 * HOUR, promptAt: FROM + 50 * HOUR, repairedAt: TO + HOUR },
    ];
    const summary = summarizeSession(records, FROM, TO);
    expect(summary.moments).toEqual({
      total: 3,
      days: 2,
      byKind: [
        { kind: 'felt-understood', count: 2 },
        { kind: 'asked-for-help', count: 1 },
      ],
    });
    expect(summary.pauses).toMatchObject({ total: 1, waited: 1, outcomes: { 'kept-editing': 1, 'sent-anyway': 0 } });
    expect(summary.patterns).toEqual([{ pattern: 'testing', count: 1 }]);
    expect(summary.grounding).toEqual({ sessions: 1, minutes: 2, ratings: { sessions: 1, before: 2, after: 4 } });
    expect(summary.ruptures).toEqual({ opened: 2, repaired: 1 });
    expect(summary.notes).toEqual([
      { at: FROM + HOUR, from: 'moment', kind: 'felt-understood', text: 'we talked' },
      { at: FROM + 3 * HOUR, from: 'rupture', text: 'snapped at Sam' },
    ]);
  });
});
