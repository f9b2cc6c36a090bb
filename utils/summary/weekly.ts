import { PERSON_OUTCOMES, type JournalRecord, type MomentKind, type PatternId } from '../storage/schemas';
import { weekDays } from './week';

type PersonOutcome = (typeof PERSON_OUTCOMES)[number];

export type DayTotals = { start: number; moments: number; pauses: number; groundingMs: number };
export type PatternTotals = { pattern: PatternId; count: number; sites: Array<{ site: string; count: number }> };

/** One week folded into the figures the popup shows. */
export type WeekSummary = {
  start: number;
  end: number;
  days: DayTotals[];
  moments: number;
  /** Days with at least one moment (never a streak: missed days are not counted anywhere). */
  momentDays: number;
  momentsByKind: Array<{ kind: MomentKind; count: number }>;
  /** Moments logged in answer to a pause follow-up: "nothing bad happened" is evidence too. */
  afterPauseMoments: number;
  pauses: number;
  /** Only what the person did: pauses Steady ended itself (failing open, stepping aside) are not counted. */
  pauseOutcomes: Record<PersonOutcome, number>;
  /** Pauses after which the person chose to keep editing or save the draft for later. */
  choseToWait: number;
  patterns: PatternTotals[];
  groundingSessions: number;
  groundingMs: number;
  /** Average calm before and after, over the sessions rated both times. */
  ratings?: { sessions: number; before: number; after: number };
  rupturesOpened: number;
  rupturesRepaired: number;
};

export function countBy<T extends string>(values: T[]): Array<{ key: T; count: number }> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  // Most first; ties in a fixed order, so the same data always reads the same way.
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

export const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Folds the records of the week starting at local midnight `start`; records outside it are ignored. */
export function summarizeWeek(records: JournalRecord[], start: number): WeekSummary {
  const { days: dayStarts, end } = weekDays(start);
  const days: DayTotals[] = dayStarts.map((dayStart) => ({ start: dayStart, moments: 0, pauses: 0, groundingMs: 0 }));
  const dayOf = (at: number) => days[dayStarts.findLastIndex((dayStart) => dayStart <= at)];
  const week = records.filter((record) => record.at >= start && record.at < end);

  const moments = week.filter((record) => record.type === 'moment');
  const isPersonOutcome = (outcome: string): outcome is PersonOutcome => (PERSON_OUTCOMES as readonly string[]).includes(outcome);
  const pauses = week.filter((record): record is Extract<JournalRecord, { type: 'pause' }> => record.type === 'pause' && isPersonOutcome(record.outcome));
  const grounding = week.filter((record) => record.type === 'grounding');
  for (const moment of moments) dayOf(moment.at).moments++;
  for (const pause of pauses) dayOf(pause.at).pauses++;
  for (const session of grounding) dayOf(session.at).groundingMs += session.durationMs;

  const pauseOutcomes = Object.fromEntries(PERSON_OUTCOMES.map((outcome) => [outcome, 0])) as Record<PersonOutcome, number>;
  for (const pause of pauses) if (isPersonOutcome(pause.outcome)) pauseOutcomes[pause.outcome]++;

  const patterns = countBy(pauses.flatMap((pause) => pause.patterns)).map(({ key, count }) => ({
    pattern: key,
    count,
    sites: countBy(pauses.filter((pause) => pause.patterns.includes(key)).map((pause) => pause.site)).map((site) => ({
      site: site.key,
      count: site.count,
    })),
  }));

  const rated = grounding.filter((session) => session.before !== undefined && session.after !== undefined);
  return {
    start,
    end,
    days,
    moments: moments.length,
    momentDays: days.filter((day) => day.moments > 0).length,
    momentsByKind: countBy(moments.map((moment) => moment.kind)).map(({ key, count }) => ({ kind: key, count })),
    afterPauseMoments: moments.filter((moment) => moment.pauseId !== undefined).length,
    pauses: pauses.length,
    pauseOutcomes,
    choseToWait: pauseOutcomes['kept-editing'] + pauseOutcomes['saved-for-later'],
    patterns,
    groundingSessions: grounding.length,
    groundingMs: grounding.reduce((sum, session) => sum + session.durationMs, 0),
    ratings:
      rated.length === 0
        ? undefined
        : { sessions: rated.length, before: average(rated.map((session) => session.before!)), after: average(rated.map((session) => session.after!)) },
    rupturesOpened: week.filter((record) => record.type === 'rupture').length,
    rupturesRepaired: moments.filter((moment) => moment.kind === 'repair-after-rupture' && moment.ruptureId !== undefined).length,
  };
}

export function isEmptyWeek(summary: WeekSummary): boolean {
  return summary.moments + summary.pauses + summary.groundingSessions + summary.rupturesOpened === 0;
}
