import { addDays, weekStart } from '../../utils/summary/week';
import { summarizeWeek } from '../../utils/summary/weekly';
import { weekSentences } from '../../utils/summary/sentences';
import { lastTwelveWeeks, trendSentences } from '../../utils/summary/trends';
import type { JournalRecord } from '../../utils/storage/schemas';
import { journalRecords } from '../records';
import { fmt, spread, type BenchRow, type BenchSuite } from '../types';

const SUITE = 'data at scale';
const ROUNDS = 60;
const BUDGET_MS = 20;

/** What the popup's week model does for one view: this week and the one before, then the sentences. */
function summary(records: JournalRecord[], start: number): number {
  const started = performance.now();
  const current = summarizeWeek(records, start);
  summarizeWeek(records, addDays(start, -7));
  weekSentences(current, String);
  return performance.now() - started;
}

/**
 * The weekly summary over 20,000 records (ten years of daily use), in Node: the pure
 * functions of utils/summary given every record, the worst case (the popup gives them only
 * the two weeks it reads). The first call runs before the code is warm, as in a popup.
 */
const summaryBench: BenchSuite = async () => {
  const now = Date.now();
  const start = weekStart(now, 1);
  const all = journalRecords(20_000, 3650, now);
  const twoWeeks = all.filter((record) => record.at >= addDays(start, -7));
  const cold = summary(all, start);
  const times = Array.from({ length: ROUNDS }, () => summary(all, start));
  const popupTimes = Array.from({ length: ROUNDS }, () => summary(twoWeeks, start));
  const twelveWeeks = () => {
    const started = performance.now();
    trendSentences(lastTwelveWeeks(all, now, 1));
    return performance.now() - started;
  };
  const trendsCold = twelveWeeks();
  const trendsTimes = Array.from({ length: ROUNDS }, twelveWeeks);
  const rows: BenchRow[] = [
    {
      suite: SUITE,
      name: 'weekly summary over 20,000 records',
      ...spread(times),
      unit: 'ms',
      budget: { max: BUDGET_MS },
      compare: `first (cold) call ${fmt(cold)} ms; over the ${twoWeeks.length} records of the two weeks the popup reads ${fmt(spread(popupTimes).median)} ms`,
    },
    {
      suite: SUITE,
      name: 'twelve-week trends over 20,000 records',
      ...spread(trendsTimes),
      unit: 'ms',
      budget: { max: 30 },
      compare: `first (cold) call ${fmt(trendsCold)} ms`,
    },
  ];
  return rows;
};

export default summaryBench;
