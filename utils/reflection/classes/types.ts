/**
 * Word classes: general kinds of words and phrases that carry a draft's intent (apologies, the
 * second person, always-or-never words, insults…), written once per language. The analyzer's
 * features count them, and the learned scorer weighs them; no class names one message.
 */
export const CLASS_IDS = [
  'apology',
  'self-blame',
  'second-person',
  'certainty',
  'time-absolute',
  'universal',
  'intensifier',
  'negation',
  'reassurance-question',
  'closure',
  'leaving-threat',
  'insult',
  'sarcasm',
  'hedge',
  'minimising-need',
  'chasing',
  'catastrophe',
  'testing-hint',
  'anger',
  'fear',
  'hurt',
  'demand',
  'calm-courtesy',
  'logistics',
  'joy',
] as const;
export type ClassId = (typeof CLASS_IDS)[number];

/**
 * One language's classes. Each pattern is matched against the draft in lower case with accents
 * folded away ("perdón" reads "perdon"), same length as the original, so spans line up. Use
 * `words()` to build them: alternatives begin and end at word edges.
 */
export type WordClasses = Record<ClassId, RegExp>;

/**
 * Letters and digits of the scripts Steady reads, in lower case, as a plain character class: a
 * Unicode property here would make every pattern several times slower once a draft holds an emoji.
 */
const LETTER = 'a-z0-9\\u00aa\\u00b5\\u00ba\\u00df-\\u00f6\\u00f8-\\u024f';

const atEdges = (source: string) => `(?<![${LETTER}'])(?:${source})(?![${LETTER}])`;
const classAlternatives = new WeakMap<RegExp, readonly string[]>();

/** Alternatives (regex source, no capturing groups needed) that start and end at word edges; global. */
export function words(...alternatives: string[]): RegExp {
  const pattern = new RegExp(atEdges(alternatives.join('|')), 'g');
  classAlternatives.set(pattern, alternatives);
  return pattern;
}

/** A class's alternatives, each as a pattern of its own: what the trainer counts when it reports rules that fire on one draft. */
export function alternativesOf(pattern: RegExp): string[] {
  return (classAlternatives.get(pattern) ?? []).map(atEdges);
}

/** Lower case with accents folded, one character for one, so offsets stay those of the draft. */
export function fold(lower: string): string {
  if (!/[\u00C0-\u024F]/.test(lower)) return lower;
  let folded = '';
  for (const char of lower) {
    const base = char.normalize('NFD')[0];
    folded += base.length === char.length ? base : char;
  }
  return folded;
}
