import type { PatternId } from '../storage/schemas';
import { FEATURE_NAMES } from './features';
import { WEIGHTS } from './weights';

/**
 * The learned scorer: logistic regression over the named features in `./features`, one set of
 * weights per language for "should this draft pause" and one per pattern. Trained offline by
 * `npm run train:reflection` and shipped as data (`./weights.ts`), so a reading stays
 * synchronous, fast and explainable: each weight says how much one named thing counts.
 */
export type ReadLanguage = 'en' | 'es';
/**
 * `pause` weighs the named features, then one weight per word of `vocabulary` the draft uses (the
 * words the training drafts used most); the pattern models weigh the named features only.
 */
export type LanguageModel = { vocabulary: readonly string[]; pause: readonly number[]; patterns: Readonly<Record<PatternId, readonly number[]>> };

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** The probability a set of weights gives a feature vector. */
export function probability(weights: readonly number[], features: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < features.length; index++) sum += weights[index] * features[index];
  return sigmoid(sum);
}

const indexes = new Map<ReadLanguage, Map<string, number>>();

export function modelFor(language: ReadLanguage): LanguageModel {
  return WEIGHTS[language];
}

/** The probability of a pause: the named features, then the draft's words that the vocabulary knows. */
export function pauseProbability(language: ReadLanguage, features: readonly number[], words: ReadonlySet<string>): number {
  const model = modelFor(language);
  let index = indexes.get(language);
  if (!index) {
    index = new Map(model.vocabulary.map((word, position) => [word, features.length + position]));
    indexes.set(language, index);
  }
  let sum = 0;
  for (let position = 0; position < features.length; position++) sum += model.pause[position] * features[position];
  for (const word of words) {
    const position = index.get(word);
    if (position !== undefined) sum += model.pause[position];
  }
  return sigmoid(sum);
}

/** The shipped weights were trained on these features, in this order. */
export function weightsMatchFeatures(): boolean {
  return WEIGHTS.features.length === FEATURE_NAMES.length && WEIGHTS.features.every((name, index) => name === FEATURE_NAMES[index]);
}
