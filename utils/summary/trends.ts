import { PATTERN_IDS, type JournalRecord, type PatternId } from '../storage/schemas';
import { addDays, DAYS_IN_WEEK, weekStart } from './week';
import { summarizeWeek, type WeekSummary } from './weekly';

/** The weeks the trends view looks back over, and the two halves of its last eight it compares. */
export const TREND_WEEKS = 12;
const HALF = 4;
/** A pattern is said to rise or ease only with this many pauses between the two four-week spans. */
const ENOUGH_TO_SAY = 4;

export type Trends = {
  weeks: WeekSummary[];
  /** Patterns in the last four weeks against the four before, most changed first. */
  patterns: Array<{ pattern: PatternId; before: number; recent: number }>;
};

/** The last twelve calendar weeks up to the one holding `now`, folded week by week. */
export function lastTwelveWeeks(records: JournalRecord[], now: number, firstDay: number): Trends {
  const first = addDays(weekStart(now, firstDay), -(TREND_WEEKS - 1) * DAYS_IN_WEEK);
  const starts = Array.from({ length: TREND_WEEKS }, (_, index) => addDays(first, index * DAYS_IN_WEEK));
  // Each record goes to its week once, so twelve weeks cost one pass over the records, not twelve.
  const byWeek = starts.map(() => [] as JournalRecord[]);
  for (const record of records) {
    const index = starts.findLastIndex((start) => start <= record.at);
    if (index >= 0) byWeek[index].push(record);
  }
  const weeks = starts.map((start, index) => summarizeWeek(byWeek[index], start));
  const countIn = (span: WeekSummary[], pattern: PatternId) =>
    span.reduce((sum, week) => sum + (week.patterns.find((each) => each.pattern === pattern)?.count ?? 0), 0);
  const before = weeks.slice(-2 * HALF, -HALF);
  const recent = weeks.slice(-HALF);
  const patterns = PATTERN_IDS.map((pattern) => ({ pattern, before: countIn(before, pattern), recent: countIn(recent, pattern) }))
    .filter((change) => change.before + change.recent > 0)
    .sort((a, b) => Math.abs(b.recent - b.before) - Math.abs(a.recent - a.before) || PATTERN_IDS.indexOf(a.pattern) - PATTERN_IDS.indexOf(b.pattern));
  return { weeks, patterns };
}

export type TrendSentence =
  | { kind: 'empty' }
  | { kind: 'pattern-eased' | 'pattern-rose'; pattern: PatternId; before: number; recent: number }
  | { kind: 'pauses-waited'; waited: number; pauses: number }
  | { kind: 'grounding'; minutes: number }
  | { kind: 'repairs'; repaired: number };

/**
 * What changed, as a few facts for sentences in Steady's voice: the pattern that changed most
 * between the two last four-week spans, and what the person did in the last four weeks. Only what
 * is there: no streaks, nothing about days or weeks without an entry.
 */
export function trendSentences({ weeks, patterns }: Trends): TrendSentence[] {
  const recent = weeks.slice(-HALF);
  const sum = (pick: (week: WeekSummary) => number) => recent.reduce((total, week) => total + pick(week), 0);
  const sentences: TrendSentence[] = [];
  const changed = patterns.find((change) => change.before + change.recent >= ENOUGH_TO_SAY && change.before !== change.recent);
  if (changed) sentences.push({ kind: changed.recent < changed.before ? 'pattern-eased' : 'pattern-rose', ...changed });
  const pauses = sum((week) => week.pauses);
  if (pauses > 0) sentences.push({ kind: 'pauses-waited', waited: sum((week) => week.choseToWait), pauses });
  const minutes = Math.round(sum((week) => week.groundingMs) / 60_000);
  if (minutes > 0) sentences.push({ kind: 'grounding', minutes });
  const repaired = sum((week) => week.rupturesRepaired);
  if (repaired > 0) sentences.push({ kind: 'repairs', repaired });
  return sentences.length > 0 ? sentences : [{ kind: 'empty' }];
}
