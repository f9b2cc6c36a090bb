import { writeFileSync } from 'node:fs';
import { PATTERN_IDS, type PatternId } from '../utils/storage/schemas';
import { FEATURE_NAMES } from '../utils/reflection/features';
import { fitLogistic, seededShuffle } from './logistic';
import { FOLDS, L2, SEED, dot, featurise, sigmoid, trainingSet, vocabularyOf, withWords, type Row } from './reflection-data';

/**
 * Trains the analyzer's scorer (`utils/reflection/weights.ts`) from the labelled training drafts,
 * one model per language for "pause" and one per pattern. Reproducible: the same data gives the
 * same weights (Newton's method from zero, no randomness); the seed only orders the learning curve.
 * Never reads the frozen test splits.
 */
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

/**
 * The pause model, with its threshold chosen by cross-validation on the training drafts (the
 * F1-best cut of held-out folds), then folded into the bias so that 0.5 is that cut.
 */
function fitPause(rows: Row[], vocabulary: string[]): { weights: number[]; threshold: number } {
  const x = rows.map((row) => withWords(row, vocabulary));
  const y = rows.map((row) => (row.example.pause ? 1 : 0));
  const held: number[] = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (index: number) => index % FOLDS === fold;
    const weights = fitLogistic(
      x.filter((_, index) => !inFold(index)),
      y.filter((_, index) => !inFold(index)),
      { l2: L2 },
    );
    x.forEach((features, index) => {
      if (inFold(index)) held[index] = sigmoid(dot(weights, features));
    });
  }
  const labels = rows.map((row) => row.example.pause);
  let threshold = 0.5;
  for (let candidate = 0.2; candidate <= 0.7001; candidate += 0.01) if (f1(held, labels, candidate) > f1(held, labels, threshold)) threshold = candidate;
  const weights = fitLogistic(x, y, { l2: L2 });
  weights[0] -= Math.log(threshold / (1 - threshold));
  return { weights, threshold };
}

function train(language: 'en' | 'es') {
  const rows = seededShuffle(featurise(trainingSet(language), language), SEED);
  const vocabulary = vocabularyOf(rows, language);
  const { weights: pause, threshold } = fitPause(rows, vocabulary);
  const x = rows.map((row) => row.features);
  const patterns = Object.fromEntries(
    PATTERN_IDS.map((pattern) => [
      pattern,
      fitLogistic(
        x,
        rows.map((row) => (row.example.patterns.includes(pattern) ? 1 : 0)),
      ),
    ]),
  ) as Record<PatternId, number[]>;
  console.log(`${language}: ${rows.length} training drafts, ${FEATURE_NAMES.length} named features, ${vocabulary.length} words; cross-validated cut ${threshold.toFixed(2)}`);
  return { vocabulary, pause, patterns };
}

const round = (weights: number[]) => weights.map((weight) => Math.round(weight * 1000) / 1000);
const models = { en: train('en'), es: train('es') };
const data = {
  features: FEATURE_NAMES,
  en: { vocabulary: models.en.vocabulary, pause: round(models.en.pause), patterns: Object.fromEntries(PATTERN_IDS.map((id) => [id, round(models.en.patterns[id])])) },
  es: { vocabulary: models.es.vocabulary, pause: round(models.es.pause), patterns: Object.fromEntries(PATTERN_IDS.map((id) => [id, round(models.es.patterns[id])])) },
};
writeFileSync(
  'utils/reflection/weights.ts',
  `// Written by \`npm run train:reflection\` from tests/data/reflection/train (see scripts/train-reflection.ts). Do not edit by hand.\n` +
    `export const WEIGHTS = ${JSON.stringify(data)} as const;\n`,
);
console.log('wrote utils/reflection/weights.ts');
