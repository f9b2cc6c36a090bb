import type { PatternId } from '../storage/schemas';
import type { ClassMatches } from './features';
import type { Span } from './lexicon';
import type { ClassId } from './classes/types';
import { wordWeights, type Scorer } from './model';
import type { Detection } from './types';

/**
 * What Steady points at when a pattern's rules found nothing but its learned scorer is sure: the
 * word classes that show the pattern, or else the sentence whose words weigh most towards it.
 */

/** The word classes that show each pattern. */
const EVIDENCE: Partial<Record<PatternId, readonly ClassId[]>> = {
  'over-apology': ['apology', 'self-blame'],
  'reassurance-seeking': ['reassurance-question'],
  testing: ['testing-hint'],
  'self-silencing': ['minimising-need'],
  withdrawal: ['closure', 'leaving-threat'],
  catastrophizing: ['catastrophe'],
  hostility: ['insult', 'sarcasm', 'anger'],
  'double-texting': ['chasing'],
  absolutes: ['time-absolute', 'universal'],
};
/**
 * Where their rule reads the draft, always-or-never words are left to it: it reads whom they are
 * aimed at, and alone "always" is as often warm ("you always make my day").
 */
const LEFT_TO_THEIR_RULE = new Set<PatternId>(['absolutes']);
/**
 * Patterns whose note is true of a sentence as a whole ("hints at a hurt", "closes the door"). The
 * others count particular words (apologies, always-or-never words) or read capitals, so only
 * their classes or rules can show them.
 */
const SHOWN_BY_A_SENTENCE = new Set<PatternId>([
  'reassurance-seeking',
  'testing',
  'self-silencing',
  'withdrawal',
  'catastrophizing',
  'hostility',
  'double-texting',
]);
/** A sentence is pointed at only when its own words lean this far towards the pattern (log-odds). */
const SENTENCE_WEIGHT = 0.5;

/** A pattern named from word classes: its spans are what the classes matched, and its note counts them. */
export function classDetection(pattern: PatternId, classes: ClassMatches, strength: number, ruleRead: boolean): Detection | undefined {
  if (ruleRead && LEFT_TO_THEIR_RULE.has(pattern)) return undefined;
  // Classes can share words ("my fault" is an apology and self-blame): each stretch of the draft is marked once.
  const spans = withoutOverlaps((EVIDENCE[pattern] ?? []).flatMap((id) => classes.get(id) ?? []));
  if (spans.length === 0) return undefined;
  if (pattern === 'over-apology') {
    // "Apologises N times" counts apologies; one apology is over-apology only beside self-blame.
    const apologies = spans.filter((span) => classes.get('apology')?.some((apology) => apology.start === span.start)).length;
    if (apologies === 0 || (apologies < 2 && !classes.has('self-blame'))) return undefined;
    return { spans, strength, count: apologies };
  }
  return { spans, strength, count: spans.length };
}

const SENTENCE = /[^.!?\n]+[.!?]*/g;
const TOKEN = /[\p{L}][\p{L}']*|[!?]{2,}/gu;

/** The sentence whose words weigh most towards a pattern, trimmed, if it leans far enough. */
export function sentenceDetection(pattern: PatternId, scorer: Scorer, folded: string, strength: number): Detection | undefined {
  if (!SHOWN_BY_A_SENTENCE.has(pattern)) return undefined;
  const weights = wordWeights(scorer);
  let best: Span | undefined;
  let bestWeight = SENTENCE_WEIGHT;
  for (const sentence of folded.matchAll(SENTENCE)) {
    let weight = 0;
    const seen = new Set<string>();
    for (const [token] of sentence[0].matchAll(TOKEN)) {
      if (seen.has(token)) continue;
      seen.add(token);
      weight += weights.get(token) ?? 0;
    }
    if (weight < bestWeight) continue;
    const text = sentence[0];
    const start = sentence.index + (text.length - text.trimStart().length);
    const end = sentence.index + text.trimEnd().length;
    if (end > start) [best, bestWeight] = [{ start, end }, weight];
  }
  return best && { spans: [best], strength, count: 1 };
}

function withoutOverlaps(spans: Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end))
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  return kept;
}
