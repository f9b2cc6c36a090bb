import { describe, expect, it } from 'vitest';
import { lastTwelveWeeks, trendSentences, TREND_WEEKS } from '@/utils/summary/trends';
import type { JournalRecord, PauseEvent, PatternId } from '@/utils/storage';

// Thursday 3 December 2026, noon local; weeks start on Monday.
const NOW = new Date(2026, 11, 3, 12).getTime();
const MONDAY = 1;
/** Noon on the Tuesday of the week `weeksAgo` weeks before this one. */
const tuesday = (weeksAgo: number) => new Date(2026, 11, 1 - 7 * weeksAgo, 12).getTime();
let next = 0;
const pause = (at: number, patterns: PatternId[], outcome: PauseEvent['outcome'] = 'sent-anyway'): PauseEvent => ({
  type: 'pause',
  id: `p${next++}`,
  at,
  site: 'whatsapp',
  trigger: 'flagged',
  patterns,
  score: 0.8,
  outcome,
  durationMs: 4000,
});

describe('the last twelve weeks', () => {
  it('folds every record into its calendar week, and leaves out older ones', () => {
    const records: JournalRecord[] = [
      pause(tuesday(0), ['withdrawal'], 'kept-editing'),
      pause(tuesday(11), ['withdrawal']),
      pause(tuesday(12), ['withdrawal']),
      { type: 'moment', id: 'm1', at: tuesday(3), kind: 'felt-understood' },
      { type: 'grounding', id: 'g1', at: tuesday(1), exercise: 'breathing-box', durationMs: 180_000, completed: true },
    ];
    const { weeks } = lastTwelveWeeks(records, NOW, MONDAY);
    expect(weeks).toHaveLength(TREND_WEEKS);
    expect(new Date(weeks[11].start)).toEqual(new Date(2026, 10, 30));
    expect(new Date(weeks[0].start)).toEqual(new Date(2026, 8, 14));
    expect(weeks.map((week) => week.pauses)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(weeks[11].choseToWait).toBe(1);
    expect(weeks[8].moments).toBe(1);
    expect(weeks[10].groundingMs).toBe(180_000);
  });

  it('names the pattern that changed most between the last four weeks and the four before, with its counts', () => {
    const earlier = [4, 5, 6, 7].flatMap((weeksAgo) => [pause(tuesday(weeksAgo), ['withdrawal']), pause(tuesday(weeksAgo) + 1, ['withdrawal', 'testing'])]);
    const recent = [pause(tuesday(1), ['withdrawal'], 'kept-editing'), pause(tuesday(2), ['testing'], 'saved-for-later'), pause(tuesday(0), ['testing'])];
    const trends = lastTwelveWeeks([...earlier, ...recent], NOW, MONDAY);
    expect(trends.patterns).toEqual([
      { pattern: 'withdrawal', before: 8, recent: 1 },
      { pattern: 'testing', before: 4, recent: 2 },
    ]);
    expect(trendSentences(trends)).toEqual([
      { kind: 'pattern-eased', pattern: 'withdrawal', before: 8, recent: 1 },
      { kind: 'pauses-waited', pauses: 3, waited: 2 },
    ]);
  });

  it('says nothing of a change too small to mean anything, and welcomes an empty stretch', () => {
    const trends = lastTwelveWeeks([pause(tuesday(5), ['testing']), pause(tuesday(1), ['testing']), pause(tuesday(0), ['testing'])], NOW, MONDAY);
    expect(trendSentences(trends).map((sentence) => sentence.kind)).toEqual(['pauses-waited']);
    expect(trendSentences(lastTwelveWeeks([], NOW, MONDAY))).toEqual([{ kind: 'empty' }]);
  });
});
