import { PERSON_OUTCOMES, type JournalRecord, type MomentKind, type PatternId } from '../storage/schemas';
import { average, countBy } from './weekly';

/** What a person may choose to include in a summary for a session; notes are words they wrote, so off unless ticked. */
export const SESSION_SECTIONS = ['moments', 'pauses', 'patterns', 'grounding', 'ruptures', 'notes'] as const;
export type SessionSection = (typeof SESSION_SECTIONS)[number];
export const SECTIONS_BY_DEFAULT: readonly SessionSection[] = ['moments', 'pauses', 'patterns', 'grounding', 'ruptures'];

type PersonOutcome = (typeof PERSON_OUTCOMES)[number];

export type SessionSummary = {
  from: number;
  to: number;
  moments: { total: number; days: number; byKind: Array<{ kind: MomentKind; count: number }> };
  pauses: { total: number; outcomes: Record<PersonOutcome, number>; waited: number };
  patterns: Array<{ pattern: PatternId; count: number }>;
  grounding: { sessions: number; minutes: number; ratings?: { sessions: number; before: number; after: number } };
  ruptures: { opened: number; repaired: number };
  /** The person's own notes, oldest first: only ever shown when they tick "notes". */
  notes: Array<{ at: number; from: 'moment' | 'rupture'; kind?: MomentKind; text: string }>;
};

const dayKey = (at: number) => new Date(at).toDateString();

/** Folds the records from `from` (inclusive) to `to` (exclusive) into what a session summary can show. */
export function summarizeSession(records: JournalRecord[], from: number, to: number): SessionSummary {
  const within = records.filter((record) => record.at >= from && record.at < to).sort((a, b) => a.at - b.at);
  const moments = within.filter((record) => record.type === 'moment');
  const pauses = within.filter(
    (record): record is Extract<JournalRecord, { type: 'pause' }> => record.type === 'pause' && (PERSON_OUTCOMES as readonly string[]).includes(record.outcome),
  );
  const grounding = within.filter((record) => record.type === 'grounding');
  const ruptures = within.filter((record) => record.type === 'rupture');
  const outcomes = Object.fromEntries(PERSON_OUTCOMES.map((outcome) => [outcome, 0])) as Record<PersonOutcome, number>;
  for (const pause of pauses) outcomes[pause.outcome as PersonOutcome]++;
  const rated = grounding.filter((session) => session.before !== undefined && session.after !== undefined);
  return {
    from,
    to,
    moments: {
      total: moments.length,
      days: new Set(moments.map((moment) => dayKey(moment.at))).size,
      byKind: countBy(moments.map((moment) => moment.kind)).map(({ key, count }) => ({ kind: key, count })),
    },
    pauses: { total: pauses.length, outcomes, waited: outcomes['kept-editing'] + outcomes['saved-for-later'] },
    patterns: countBy(pauses.flatMap((pause) => pause.patterns)).map(({ key, count }) => ({ pattern: key, count })),
    grounding: {
      sessions: grounding.length,
      minutes: Math.round(grounding.reduce((sum, session) => sum + session.durationMs, 0) / 60_000),
      ratings:
        rated.length === 0
          ? undefined
          : { sessions: rated.length, before: average(rated.map((session) => session.before!)), after: average(rated.map((session) => session.after!)) },
    },
    ruptures: { opened: ruptures.length, repaired: ruptures.filter((rupture) => rupture.repairedAt !== undefined && rupture.repairedAt < to).length },
    notes: [
      ...moments.flatMap((moment) => (moment.note ? [{ at: moment.at, from: 'moment' as const, kind: moment.kind, text: moment.note }] : [])),
      ...ruptures.flatMap((rupture) => (rupture.note ? [{ at: rupture.at, from: 'rupture' as const, text: rupture.note }] : [])),
    ].sort((a, b) => a.at - b.at),
  };
}
