import { PATTERN_IDS, type PatternId } from '../utils/storage/schemas';
import { FEATURE_NAMES } from '../utils/reflection/features';
import type { LanguageModel, Scorer } from '../utils/reflection/model';
import { fitLogistic } from './logistic';
import { FOLDS, L2, dot, sigmoid, vocabularyOf, withWords, type Row } from './reflection-data';

/**
 * Fits one language's scorer (pause and one model per pattern) from featurised training drafts.
 * Shared by `train-reflection.ts`, which ships the result, and `cv-reflection.ts`, which measures
 * it on drafts held out of the fit.
 */

/**
 * The rule strengths are left out of the pattern models: the rules were written while reading these
 * drafts, so here they look surer than they are on drafts nobody has read. Word classes and words
 * carry what generalises; the rules still show where a pattern is.
 */
const RULE_COLUMNS = new Set(FEATURE_NAMES.flatMap((name, index) => (name.startsWith('rule:') ? [index] : [])));
/**
 * Words whose weight is smaller than this in a first fit are left out, and the model is fitted
 * again on the words that remain: the shipped weights stay small, and the words kept make up for
 * the ones dropped.
 */
const SMALLEST_WORD_WEIGHT = 0.3;

function f1(scores: number[], labels: boolean[], threshold: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((score, index) => {
    if (score >= threshold && labels[index]) tp++;
    else if (score >= threshold) fp++;
    else if (labels[index]) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** The F1-best cut on held-out folds, so that 0.5 can be made that cut by moving the bias. */
function crossValidatedCut(x: number[][], y: number[], l2: number): number {
  const held: number[] = new Array<number>(x.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (index: number) => index % FOLDS === fold;
    const weights = fitLogistic(
      x.filter((_, index) => !inFold(index)),
      y.filter((_, index) => !inFold(index)),
      { l2 },
    );
    x.forEach((features, index) => {
      if (inFold(index)) held[index] = sigmoid(dot(weights, features));
    });
  }
  const labels = y.map((value) => value === 1);
  let threshold = 0.5;
  for (let candidate = 0.2; candidate <= 0.7001; candidate += 0.01) if (f1(held, labels, candidate) > f1(held, labels, threshold)) threshold = candidate;
  return threshold;
}

/** Fits, keeps the named features and the words that weigh enough, fits again on those, and rounds. */
function sparseScorer(x: number[][], y: number[], vocabulary: string[], cut = 0.5): Scorer {
  const first = fitLogistic(x, y, { l2: L2 });
  const kept = vocabulary.flatMap((_, index) => (Math.abs(first[FEATURE_NAMES.length + index]) >= SMALLEST_WORD_WEIGHT ? [FEATURE_NAMES.length + index] : []));
  const columns = [...FEATURE_NAMES.keys(), ...kept];
  const weights = fitLogistic(
    x.map((features) => columns.map((column) => features[column])),
    y,
    { l2: L2 },
  );
  const round = (weight: number) => Math.round(weight * 100) / 100;
  const named = weights.slice(0, FEATURE_NAMES.length).map(round);
  named[0] = round(weights[0] - Math.log(cut / (1 - cut)));
  const words: Record<string, number> = {};
  kept.forEach((column, index) => {
    const weight = round(weights[FEATURE_NAMES.length + index]);
    if (weight !== 0) words[vocabulary[column - FEATURE_NAMES.length]] = weight;
  });
  return { named, words };
}

export type Fitted = { model: LanguageModel; cut: number; words: number };

export function fitLanguage(rows: Row[], language: 'en' | 'es', { crossValidate = true } = {}): Fitted {
  const vocabulary = vocabularyOf(rows, language);
  const x = rows.map((row) => withWords(row, vocabulary));
  const y = rows.map((row) => (row.example.pause ? 1 : 0));
  const cut = crossValidate ? crossValidatedCut(x, y, L2) : 0.5;
  const pause = sparseScorer(x, y, vocabulary, cut);
  const withoutRules = x.map((features) => features.map((value, index) => (RULE_COLUMNS.has(index) ? 0 : value)));
  const patterns = Object.fromEntries(
    PATTERN_IDS.map((pattern) => {
      const labels = rows.map((row) => (row.example.patterns.includes(pattern) ? 1 : 0));
      return [pattern, sparseScorer(withoutRules, labels, vocabulary)];
    }),
  ) as Record<PatternId, Scorer>;
  return { model: { pause, patterns }, cut, words: vocabulary.length };
}
