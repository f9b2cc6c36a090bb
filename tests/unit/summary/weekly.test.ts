// Berlin moves its clocks forward on 30 March 2025: that week has a 23-hour Sunday.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import type { JournalRecord } from '@/utils/storage/schemas';
import { addDays, firstDayOfWeek, weekDays, weekStart } from '@/utils/summary/week';
import { isEmptyWeek, summarizeWeek } from '@/utils/summary/weekly';

const HOUR = 3_600_000;
const local = (month: number, day: number, hour = 0, minute = 0) => new Date(2025, month - 1, day, hour, minute).getTime();
const KINDS = ['asked-for-help', 'felt-understood', 'honest-check-in'] as const;
const OUTCOMES = ['kept-editing', 'sent-anyway', 'saved-for-later'] as const;
const SITES = ['gmail', 'slack'] as const;

/** Eight Monday-started weeks from 24 February to 20 April 2025; week w holds w + 1 moments. */
const WEEK_STARTS = Array.from({ length: 8 }, (_, week) => addDays(local(2, 24), 7 * week));

function seededWeeks(): JournalRecord[] {
  return WEEK_STARTS.flatMap((start, week): JournalRecord[] => [
    ...Array.from({ length: week + 1 }, (_, index): JournalRecord => ({
      type: 'moment',
      id: `m-${week}-${index}`,
      at: addDays(start, index % 7) + 10 * HOUR + index * 60_000,
      kind: KINDS[index % 3],
      ...(index === 0 && week % 2 === 0 ? { pauseId: `p-${week}-0` } : {}),
    })),
    ...Array.from({ length: (week % 3) + 1 }, (_, index): JournalRecord => ({
      type: 'pause',
      id: `p-${week}-${index}`,
      at: addDays(start, 2) + 14 * HOUR,
      site: SITES[index % 2],
      trigger: 'flagged',
      patterns: index === 1 ? ['over-apology', 'testing'] : ['over-apology'],
      score: 0.7,
      outcome: OUTCOMES[index],
      durationMs: 9_000,
    })),
    {
      type: 'grounding',
      id: `g-${week}`,
      at: addDays(start, 4) + 20 * HOUR,
      exercise: 'breathing-box',
      durationMs: 60_000 * (week + 1),
      completed: true,
      ...(week % 2 === 0 ? { before: 2, after: 4 } : {}),
    },
  ]);
}

describe('calendar weeks', () => {
  it("start on the locale's first day, Monday when the locale does not say", () => {
    expect(firstDayOfWeek('en-US')).toBe(0);
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('es')).toBe(1);
    expect(firstDayOfWeek('not a locale!')).toBe(1);
  });

  it('keep seven calendar days across the spring clock change', () => {
    const lateSunday = local(3, 30, 23, 30);
    const start = weekStart(lateSunday, 1);
    expect(start).toBe(local(3, 24));
    const { days, end } = weekDays(start);
    expect(days[6]).toBe(local(3, 30));
    expect(end).toBe(local(3, 31));
    expect(end - start).toBe(7 * 24 * HOUR - HOUR);
    expect(weekStart(lateSunday, 0)).toBe(local(3, 30));
  });
});

describe('summarizeWeek over eight seeded weeks', () => {
  const records = seededWeeks();
  const weeks = WEEK_STARTS.map((start) => summarizeWeek(records, start));

  it('counts each week on its own', () => {
    expect(weeks.map((week) => week.moments)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(weeks.map((week) => week.momentDays)).toEqual([1, 2, 3, 4, 5, 6, 7, 7]);
    expect(weeks.map((week) => week.pauses)).toEqual([1, 2, 3, 1, 2, 3, 1, 2]);
    expect(weeks.map((week) => week.choseToWait)).toEqual([1, 1, 2, 1, 1, 2, 1, 1]);
    expect(weeks.map((week) => week.groundingMs / 60_000)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(weeks.map((week) => week.afterPauseMoments)).toEqual([1, 0, 1, 0, 1, 0, 1, 0]);
  });

  it('gives the week across the clock change exactly its own records', () => {
    const dstWeek = weeks[4];
    expect(dstWeek.start).toBe(local(3, 24));
    expect(dstWeek.days.map((day) => day.moments)).toEqual([1, 1, 1, 1, 1, 0, 0]);
    expect(dstWeek.momentsByKind).toEqual([
      { kind: 'asked-for-help', count: 2 },
      { kind: 'felt-understood', count: 2 },
      { kind: 'honest-check-in', count: 1 },
    ]);
    expect(dstWeek.pauseOutcomes).toEqual({ 'kept-editing': 1, 'sent-anyway': 1, 'saved-for-later': 0, 'left-page': 0 });
    expect(dstWeek.patterns).toEqual([
      {
        pattern: 'over-apology',
        count: 2,
        sites: [
          { site: 'gmail', count: 1 },
          { site: 'slack', count: 1 },
        ],
      },
      { pattern: 'testing', count: 1, sites: [{ site: 'slack', count: 1 }] },
    ]);
    expect(dstWeek.ratings).toEqual({ sessions: 1, before: 2, after: 4 });
    expect(weeks[5].ratings).toBeUndefined();
  });

  it('puts a record in the week and day of its local time, on both sides of midnight', () => {
    const edge: JournalRecord[] = [
      { type: 'moment', id: 'before-change', at: local(3, 30, 1, 30), kind: 'felt-understood' },
      { type: 'moment', id: 'after-change', at: local(3, 30, 23, 59), kind: 'felt-understood' },
      { type: 'moment', id: 'next-week', at: local(3, 31, 0, 0), kind: 'felt-understood' },
      { type: 'rupture', id: 'r1', at: local(3, 25, 9), promptAt: local(3, 27, 9) },
      { type: 'moment', id: 'repair', at: local(3, 28, 9), kind: 'repair-after-rupture', ruptureId: 'r1' },
    ];
    const week = summarizeWeek(edge, local(3, 24));
    expect(week.moments).toBe(3);
    expect(week.days[6].moments).toBe(2);
    expect(week.momentDays).toBe(2);
    expect(week.rupturesOpened).toBe(1);
    expect(week.rupturesRepaired).toBe(1);
    expect(summarizeWeek(edge, local(3, 31)).moments).toBe(1);
  });

  it('adds up to the whole data set', () => {
    expect(weeks.reduce((sum, week) => sum + week.moments, 0)).toBe(36);
    expect(weeks.reduce((sum, week) => sum + week.pauses, 0)).toBe(15);
    expect(summarizeWeek(records, addDays(WEEK_STARTS[7], 7)).moments).toBe(0);
  });

  it('calls a week with nothing in it empty', () => {
    expect(isEmptyWeek(summarizeWeek(records, addDays(WEEK_STARTS[0], -7)))).toBe(true);
    expect(isEmptyWeek(weeks[0])).toBe(false);
  });
});
