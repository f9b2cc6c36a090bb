import { writeFileSync } from 'node:fs';
import { FEATURE_NAMES } from '../utils/reflection/features';
import { seededShuffle } from './logistic';
import { fitLanguage } from './reflection-fit';
import type { Scorer } from '../utils/reflection/model';
import { SEED, featurise, trainingSet, type Row } from './reflection-data';
import { printRuleSupport } from './reflection-rule-support';

/**
 * Trains the analyzer's scorer (`utils/reflection/weights.ts`) from the labelled training drafts,
 * one model per language for "pause" and one per pattern. Reproducible: the same data gives the
 * same weights (Newton's method from zero, no randomness); the seed orders the drafts into folds.
 * Never reads the frozen test splits.
 */
function train(rows: Row[], language: 'en' | 'es') {
  const { model, cut, words } = fitLanguage(rows, language);
  const kept = (scorer: Scorer) => Object.keys(scorer.words).length;
  console.log(
    `${language}: ${rows.length} training drafts, ${FEATURE_NAMES.length} named features, ${words} candidate words and word pairs; ` +
      `cross-validated cut ${cut.toFixed(2)}; words kept: pause ${kept(model.pause)}, patterns ${Object.values(model.patterns).map(kept).join('/')}`,
  );
  return model;
}

const english = seededShuffle(featurise(trainingSet('en'), 'en'), SEED);
const spanish = seededShuffle(featurise(trainingSet('es'), 'es'), SEED);
// Rules written from one draft name a message, not a kind of wording: the share is reported so it stays small.
printRuleSupport(english, spanish, { list: process.argv.includes('--list-once') });
const data = { features: FEATURE_NAMES, en: train(english, 'en'), es: train(spanish, 'es') };
writeFileSync(
  'utils/reflection/weights.ts',
  `// Written by \`npm run train:reflection\` from tests/data/reflection/train (see scripts/train-reflection.ts). Do not edit by hand.\n` +
    `export const WEIGHTS = ${JSON.stringify(data)} as const;\n`,
);
console.log('wrote utils/reflection/weights.ts');
