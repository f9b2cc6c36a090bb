import type { PatternId } from '../storage/schemas';
import { FEATURE_NAMES } from './features';
import { WEIGHTS } from './weights';

/**
 * The learned scorer: logistic regression over the named features in `./features` and the words
 * of the draft, one model per language for "should this draft pause" and one per pattern. Trained
 * offline by `npm run train:reflection` and shipped as data (`./weights.ts`), so a reading stays
 * synchronous, fast and explainable: each weight says how much one named thing, or one word, counts.
 */
export type ReadLanguage = 'en' | 'es';
/** Weights for the named features, in the order of `FEATURE_NAMES`, and for the words that carry weight. */
export type Scorer = { readonly named: readonly number[]; readonly words: Readonly<Record<string, number>> };
export type LanguageModel = { readonly pause: Scorer; readonly patterns: Readonly<Record<PatternId, Scorer>> };

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** Word weights as a map: a plain object would answer for "constructor" and its kin. */
const wordMaps = new WeakMap<Scorer, Map<string, number>>();
export function wordWeights(scorer: Scorer): Map<string, number> {
  let map = wordMaps.get(scorer);
  if (!map) {
    map = new Map(Object.entries(scorer.words));
    wordMaps.set(scorer, map);
  }
  return map;
}

/** The probability a scorer gives a draft's named features and words. */
export function probability(scorer: Scorer, features: readonly number[], words: ReadonlySet<string>): number {
  let sum = 0;
  for (let index = 0; index < features.length; index++) sum += scorer.named[index] * features[index];
  const weights = wordWeights(scorer);
  if (weights.size > 0) for (const word of words) sum += weights.get(word) ?? 0;
  return sigmoid(sum);
}

export function modelFor(language: ReadLanguage): LanguageModel {
  return WEIGHTS[language];
}

/** The shipped weights were trained on these features, in this order. */
export function weightsMatchFeatures(): boolean {
  return WEIGHTS.features.length === FEATURE_NAMES.length && WEIGHTS.features.every((name, index) => name === FEATURE_NAMES[index]);
}
