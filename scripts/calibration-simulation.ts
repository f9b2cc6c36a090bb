import './english-i18n-shim';
import { existsSync, readdirSync } from 'node:fs';
import { reflect, type Reflection } from '../utils/reflection';
import { THRESHOLDS } from '../utils/reflection/score';
import { MAX_RAISE, calibrationFor, learnFromPauses, type LearnedLine } from '../utils/learning/calibration';
import type { PatternId, PauseEvent } from '../utils/storage/schemas';
import { readJsonl, trainingSet, type Example } from './reflection-data';

/**
 * Simulated people replay weeks of drafts from the labelled sets through Steady with what it learns
 * from them, the way the worker computes it each day from the pauses so far. Each person answers
 * "Was this pause useful?" by the draft's label, wrong one time in five, and chooses in the pause as
 * such a person would. Counts only: no draft's words are printed.
 */

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 0, 5);
const THRESHOLD = THRESHOLDS.balanced;

/** Where a draft of each register is written. */
const SITE_OF_REGISTER: Record<string, string> = {
  'work-chat': 'slack',
  'work-email': 'outlook',
  'support-desk': 'gmail',
  'family-email': 'gmail',
  'co-parenting': 'gmail',
  community: 'discord',
};
const siteOf = (example: Example) => SITE_OF_REGISTER[example.register ?? ''] ?? (example.channel === 'email' ? 'gmail' : 'whatsapp');

export type Person = {
  name: string;
  /** Messages sent on a day. */
  perDay: number;
  /** The share of their drafts that are charged. */
  charged: number;
  /**
   * Calm drafts that Steady pauses for one of these patterns on this site, this many times likelier
   * than others: a way of writing that Steady keeps pausing for nothing, what learning is for.
   */
  habits: Array<{ pattern: PatternId; site: string; weight: number }>;
  /** How often they answer the question after a pause. */
  answers: number;
};

export const PEOPLE: Person[] = [
  { name: 'apologises to friends', perDay: 24, charged: 0.15, habits: [{ pattern: 'over-apology', site: 'whatsapp', weight: 40 }], answers: 0.8 },
  { name: 'blunt with family', perDay: 18, charged: 0.2, habits: [{ pattern: 'hostility', site: 'whatsapp', weight: 30 }], answers: 0.6 },
  { name: 'quiet texter', perDay: 30, charged: 0.35, habits: [{ pattern: 'self-silencing', site: 'whatsapp', weight: 25 }], answers: 1 },
  {
    name: 'careful emailer',
    perDay: 12,
    charged: 0.1,
    habits: [
      { pattern: 'hostility', site: 'gmail', weight: 40 },
      { pattern: 'absolutes', site: 'gmail', weight: 40 },
    ],
    answers: 0.7,
  },
  { name: 'no habit', perDay: 20, charged: 0.25, habits: [], answers: 0.5 },
  { name: 'double-texter', perDay: 26, charged: 0.3, habits: [{ pattern: 'double-texting', site: 'whatsapp', weight: 30 }], answers: 0.9 },
];

export type Tally = { truePauses: number; falsePauses: number };
export type PersonResult = { person: string; before: Tally; after: Tally; raisesWithinBound: boolean; lines: LearnedLine[] };

type Draft = { example: Example; site: string; reading: Reflection };

/** A small seeded generator (mulberry32), so a replay is the same every time. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Every labelled draft with its site and how Steady reads it with nothing learned. */
export function loadDrafts(): Draft[] {
  const frozen = 'tests/data/reflection/frozen';
  const scored = existsSync(frozen)
    ? readdirSync(frozen)
        .filter((name) => /^(en|es)-.*\.jsonl$/.test(name))
        .flatMap((name) => readJsonl(`${frozen}/${name}`))
    : [];
  return [...trainingSet('en'), ...trainingSet('es'), ...scored].map((example) => ({ example, site: siteOf(example), reading: reflect(example.text) }));
}

const patternsOf = (reading: Reflection) => [...new Set(reading.findings.map((finding) => finding.pattern))];

/** Draws one draft for a person: charged or calm by their share, calm ones leaning to their habits. */
function drawer(person: Person, drafts: Draft[], next: () => number) {
  const charged = drafts.filter((draft) => draft.example.pause);
  const calm = drafts.filter((draft) => !draft.example.pause);
  const weights = calm.map((draft) => {
    if (!draft.reading.pause) return 1;
    const patterns = patternsOf(draft.reading);
    const habit = person.habits.find((candidate) => candidate.site === draft.site && patterns.includes(candidate.pattern));
    return habit ? habit.weight : 1;
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return (): Draft => {
    if (next() < person.charged) return charged[Math.floor(next() * charged.length)];
    let pick = next() * total;
    for (const [index, weight] of weights.entries()) if ((pick -= weight) < 0) return calm[index];
    return calm[calm.length - 1];
  };
}

/**
 * One person over `weeks`: the first half teaches Steady (drafts from one half of the pool), the
 * second is measured on the other half, with and without what was learned, so nothing measured
 * was seen while learning.
 */
export function simulate(person: Person, drafts: Draft[], { weeks = 8, seed = 1, scale = 1 } = {}): PersonResult {
  const next = random(seed);
  const halves: [Draft[], Draft[]] = [[], []];
  for (const draft of drafts) halves[next() < 0.5 ? 0 : 1].push(draft);
  const draws = halves.map((half) => drawer(person, half, next));
  const pauses: PauseEvent[] = [];
  const before: Tally = { truePauses: 0, falsePauses: 0 };
  const after: Tally = { truePauses: 0, falsePauses: 0 };
  let raisesWithinBound = true;
  let lines: LearnedLine[] = [];
  const days = weeks * 7;
  for (let day = 0; day < days; day++) {
    const dayStart = START + day * DAY_MS;
    // The worker reads what it learned when a page loads: once a day is close enough.
    lines = learnFromPauses(pauses, dayStart, THRESHOLD);
    raisesWithinBound &&= lines.every((line) => line.waitsFor === undefined || (line.waitsFor > THRESHOLD && line.waitsFor <= THRESHOLD + MAX_RAISE));
    const measuring = day >= days / 2;
    const draw = draws[measuring ? 1 : 0];
    for (let index = 0; index < Math.round(person.perDay * scale); index++) {
      const draft = draw();
      const at = dayStart + Math.floor(((index + 0.5) / person.perDay) * DAY_MS);
      const calibration = calibrationFor(lines, draft.site);
      const reading = draft.reading.pause && Object.keys(calibration).length > 0 ? reflect(draft.example.text, { calibration }) : draft.reading;
      if (measuring) {
        count(before, draft.example.pause, draft.reading.pause);
        count(after, draft.example.pause, reading.pause);
      }
      if (!reading.pause) continue;
      const needed = draft.example.pause;
      const answer = next() < person.answers ? ((next() < 0.2 ? !needed : needed) ? 'helped' : 'not-needed') : undefined;
      // A needed pause is mostly kept to edit; a needless one mostly sent as written.
      const edited = next() < (needed ? 0.6 : 0.1);
      pauses.push({
        type: 'pause',
        id: `${person.name}-${day}-${index}`.replaceAll(' ', '-'),
        at,
        site: draft.site,
        trigger: 'flagged',
        patterns: patternsOf(reading),
        score: reading.score,
        outcome: edited ? 'kept-editing' : 'sent-anyway',
        durationMs: 6_000,
        ...(answer ? { feedback: answer } : {}),
      });
    }
  }
  return { person: person.name, before, after, raisesWithinBound, lines };
}

function count(tally: Tally, needed: boolean, paused: boolean): void {
  if (!paused) return;
  if (needed) tally.truePauses++;
  else tally.falsePauses++;
}

export const sum = (tallies: Tally[]): Tally =>
  tallies.reduce((total, tally) => ({ truePauses: total.truePauses + tally.truePauses, falsePauses: total.falsePauses + tally.falsePauses }), {
    truePauses: 0,
    falsePauses: 0,
  });
