import { afterEach, describe, expect, it, vi } from 'vitest';
import { putRecords, type JournalRecord } from '@/utils/storage';
import { markPausesAsked } from '@/utils/storage/follow-ups';
import { createJournalSource, type JournalSource } from '@/utils/models/journal-source';
import { createHistoryModel, HISTORY_PAGE } from '@/utils/models/history';
import { createWeekModel } from '@/utils/models/week';
import { createPromptsModel } from '@/utils/models/prompts';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 18, 12); // a Wednesday
const moment = (id: string, at: number): JournalRecord => ({ type: 'moment', id, at, kind: 'felt-understood' });
const pause = (id: string, at: number, outcome: 'kept-editing' | 'sent-anyway'): JournalRecord => ({
  type: 'pause',
  id,
  at,
  site: 'slack',
  trigger: 'flagged',
  patterns: ['testing'],
  score: 0.8,
  outcome,
  durationMs: 4_000,
});

let source: JournalSource;
const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  source?.stop();
});

describe('history model', () => {
  it('shows a page of the newest moments and reads older months only when asked', async () => {
    const june = Array.from({ length: 40 }, (_, index) => moment(`june-${index}`, Date.UTC(2025, 5, 1) + index * 3_600_000));
    const april = [moment('april-0', Date.UTC(2025, 3, 10))];
    await putRecords([...june, ...april]);
    source = createJournalSource();
    const read = vi.spyOn(source, 'read');
    const history = createHistoryModel(source);
    stops.push(history.start());
    await vi.waitFor(() => expect(history.moments.value).toHaveLength(HISTORY_PAGE));
    expect(history.moments.value[0].id).toBe('june-39');
    expect(read.mock.calls.flat(2)).toEqual(['2025-06']);
    expect(history.hasMore.value).toBe(true);

    await history.showMore();
    expect(history.moments.value).toHaveLength(41);
    expect(history.moments.value.at(-1)!.id).toBe('april-0');
    expect(history.hasMore.value).toBe(false);
  });

  it('follows a moment written elsewhere', async () => {
    source = createJournalSource();
    const history = createHistoryModel(source);
    stops.push(history.start());
    await vi.waitFor(() => expect(history.hasMore.value).toBe(false));
    await putRecords([moment('later', NOW)]);
    await vi.waitFor(() => expect(history.moments.value.map((entry) => entry.id)).toEqual(['later']));
  });
});

describe('week model', () => {
  it('summarises this week and the one before, live', async () => {
    await putRecords([moment('this-week', NOW - DAY), moment('last-week', NOW - 7 * DAY), moment('long-ago', NOW - 30 * DAY)]);
    source = createJournalSource();
    const week = createWeekModel(source, 'en-GB', () => NOW);
    stops.push(week.start());
    await vi.waitFor(() => expect(week.current.value?.moments).toBe(1));
    expect(week.current.value!.start).toBe(new Date(2025, 5, 16).getTime());
    expect(week.previous.value!.moments).toBe(1);
    expect(week.isThisWeek.value).toBe(true);

    await putRecords([pause('p1', NOW - 60_000, 'kept-editing')]);
    await vi.waitFor(() => expect(week.current.value?.pauses).toBe(1));

    await week.go(1);
    expect(week.current.value!.start).toBe(new Date(2025, 5, 16).getTime());
    await week.go(-1);
    expect(week.isThisWeek.value).toBe(false);
    expect(week.current.value!.moments).toBe(1);
    expect(week.current.value!.pauses).toBe(0);
  });
});

describe('prompts model', () => {
  it('asks once about a pause that ended in editing, and offers repair when a rupture is due', async () => {
    await putRecords([
      pause('sent', NOW - 2 * 3_600_000, 'sent-anyway'),
      pause('edited', NOW - 3 * 3_600_000, 'kept-editing'),
      pause('too-old', NOW - 9 * DAY, 'kept-editing'),
      { type: 'rupture', id: 'due', at: NOW - 3 * DAY, promptAt: NOW - DAY },
      { type: 'rupture', id: 'not-yet', at: NOW - DAY, promptAt: NOW + DAY },
      { type: 'rupture', id: 'repaired', at: NOW - 5 * DAY, promptAt: NOW - 3 * DAY, repairedAt: NOW - 2 * DAY, repairMomentId: 'm' },
    ]);
    source = createJournalSource();
    const prompts = createPromptsModel(source, () => NOW);
    stops.push(prompts.start());
    await vi.waitFor(() => expect(prompts.followUp.value?.id).toBe('edited'));
    expect(prompts.repairsDue.value.map((rupture) => rupture.id)).toEqual(['due']);

    await markPausesAsked(['edited']);
    await vi.waitFor(() => expect(prompts.followUp.value).toBeUndefined());

    await putRecords([{ type: 'rupture', id: 'due', at: NOW - 3 * DAY, promptAt: NOW - DAY, repairedAt: NOW, repairMomentId: 'r' }]);
    await vi.waitFor(() => expect(prompts.repairsDue.value).toEqual([]));
  });
});
