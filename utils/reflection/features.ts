import { PATTERN_IDS } from '../storage/values';
import type { PatternId } from '../storage/schemas';
import type { Span } from './lexicon';
import type { Prepared } from './prepare';
import { CLASS_IDS, type ClassId, type WordClasses } from './classes/types';

/**
 * What the learned scorer sees of a draft: named, countable things a person can understand
 * ("two apologies", "an insult beside 'you'", "a third of the letters in capitals"). Nothing
 * here names a message, and the same names serve every language Steady reads.
 */

/** The strength each pattern's rules gave (0 when they found nothing). */
export type RuleStrengths = Partial<Record<PatternId, number>>;
/** Where each word class matched in the draft. */
export type ClassMatches = Map<ClassId, Span[]>;

/** Word classes that, seen together within one sentence, say more than either alone. */
const PAIRS: ReadonlyArray<readonly [ClassId, ClassId]> = [
  ['second-person', 'time-absolute'],
  ['second-person', 'universal'],
  ['second-person', 'insult'],
  ['second-person', 'sarcasm'],
  ['apology', 'self-blame'],
  ['apology', 'hedge'],
  ['negation', 'second-person'],
  ['certainty', 'catastrophe'],
  ['hurt', 'minimising-need'],
  ['fear', 'catastrophe'],
  ['anger', 'second-person'],
  ['closure', 'second-person'],
];

export const FEATURE_NAMES: readonly string[] = [
  'bias',
  ...PATTERN_IDS.map((id) => `rule:${id}`),
  ...CLASS_IDS.map((id) => `class:${id}`),
  ...PAIRS.map(([a, b]) => `pair:${a}&${b}`),
  'apologies:2+',
  'caps:share',
  'caps:words3+',
  'marks:!!',
  'marks:??',
  'marks:?',
  'length',
  'recent-sends',
];

export type FeatureInput = { prepared: Prepared; rules: RuleStrengths; classes: ClassMatches; recentSendsInThread: number };

/** Classes whose words say the opposite under a negation ("not useless", "no disaster"). */
const NEGATABLE = new Set<ClassId>(['insult', 'anger', 'catastrophe', 'hurt', 'fear', 'self-blame']);
/** A negation in the few words before a match, within its clause, in Steady's languages. */
const NEGATED =
  /(?:^|[^\p{L}])(?:not|no|never|n't|nt|isn't|aren't|wasn't|don't|didn't|doesn't|nunca|tampoco|ni|sin)(?:[^\p{L}.,;!?\n]+[\p{L}']+){0,2}[^\p{L}.,;!?\n]*$/u;

/** Every match of every class in the draft, given in lower case with accents folded (see `fold`), offsets unchanged. */
export function matchClasses(text: string, classes: WordClasses): ClassMatches {
  const found: ClassMatches = new Map();
  for (const id of CLASS_IDS) {
    const pattern = classes[id];
    pattern.lastIndex = 0;
    const spans: Span[] = [];
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      if (NEGATABLE.has(id) && NEGATED.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
      spans.push({ start: match.index, end: match.index + match[0].length });
      if (spans.length >= 50) break;
    }
    if (spans.length > 0) found.set(id, spans);
  }
  return found;
}

/** Sentence number of each offset boundary: pairs count only inside one sentence. */
function sentenceIndex(text: string): (offset: number) => number {
  const ends: number[] = [];
  for (const match of text.matchAll(/[.!?\n]+/g)) ends.push(match.index);
  return (offset) => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ends[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

function together(a: Span[] | undefined, b: Span[] | undefined, sentenceOf: (offset: number) => number): boolean {
  if (!a || !b) return false;
  const sentences = new Set(a.map((span) => sentenceOf(span.start)));
  return b.some((span) => sentences.has(sentenceOf(span.start)));
}

/** Letters in words of three or more capitals (never a lone "I"), as a share of all letters. */
function capitals(cased: string): { share: number; words: number } {
  let letters = 0;
  let caps = 0;
  let words = 0;
  for (const [word] of cased.matchAll(/\p{L}+/gu)) {
    letters += word.length;
    if (word.length >= 3 && word === word.toUpperCase() && word !== word.toLowerCase()) {
      caps += word.length;
      words++;
    }
  }
  return { share: letters === 0 ? 0 : caps / letters, words };
}

const log1p = (count: number) => Math.log1p(count);

/** The draft as numbers, in the order of `FEATURE_NAMES`. */
export function featuresOf({ prepared, rules, classes, recentSendsInThread }: FeatureInput): number[] {
  const { cased, lower } = prepared;
  const sentenceOf = sentenceIndex(lower);
  const caps = capitals(cased);
  const count = (pattern: RegExp) => (lower.match(pattern) ?? []).length;
  return [
    1,
    ...PATTERN_IDS.map((id) => rules[id] ?? 0),
    ...CLASS_IDS.map((id) => log1p(classes.get(id)?.length ?? 0)),
    ...PAIRS.map(([a, b]) => (together(classes.get(a), classes.get(b), sentenceOf) ? 1 : 0)),
    (classes.get('apology')?.length ?? 0) >= 2 ? 1 : 0,
    caps.share,
    caps.words >= 3 ? 1 : 0,
    log1p(count(/!{2,}/g)),
    log1p(count(/\?{2,}|\?!|!\?/g)),
    log1p(count(/\?/g)),
    Math.log10(10 + lower.trim().length) - 1,
    log1p(recentSendsInThread),
  ];
}

const TOKEN = /[\p{L}][\p{L}']*|[!?]{2,}/gu;
const WORD = /[\p{L}][\p{L}']*/gu;
const SENTENCE = /[^.!?\n]+/g;

/**
 * The distinct words of a draft (lower case, accents folded), piles of marks, and each pair of
 * words side by side in a sentence ("at me", "you never"): what the scorer's vocabulary is matched against.
 */
export function wordsOf(folded: string): Set<string> {
  const found = new Set(folded.match(TOKEN) ?? []);
  for (const [sentence] of folded.matchAll(SENTENCE)) {
    let previous: string | undefined;
    for (const [word] of sentence.matchAll(WORD)) {
      if (previous) found.add(`${previous} ${word}`);
      previous = word;
    }
  }
  return found;
}
