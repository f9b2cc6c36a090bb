import './english-i18n-shim';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { PatternId } from '../utils/storage/schemas';
import { readDraftFeatures, type Reading } from '../utils/reflection';

/** The labelled drafts and how the trainer and the evaluation read them (never the frozen splits for training). */
export type Example = { id: string; text: string; pause: boolean; patterns: PatternId[]; register?: string; channel?: string };
export const SEED = 20261202;
export const TRAIN_DIR = 'tests/data/reflection/train';
const DEV_SET = '../shared/data/messages-dev.jsonl';

export const readJsonl = (file: string): Example[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Example);

/** The training files of a language: each one batch, by one writer. */
export function trainingFiles(language: 'en' | 'es'): string[] {
  const files = readdirSync(TRAIN_DIR)
    .filter((name) => name.startsWith(`${language}-`) && name.endsWith('.jsonl'))
    .map((name) => `${TRAIN_DIR}/${name}`);
  if (language === 'en') {
    files.push(
      ...readdirSync('tests/data/reflection')
        .filter((name) => /^set-\d+\.jsonl$/.test(name))
        .map((name) => `tests/data/reflection/${name}`),
    );
    if (existsSync(DEV_SET)) files.push(DEV_SET);
  }
  return files;
}

export function trainingSet(language: 'en' | 'es'): Example[] {
  return trainingFiles(language).flatMap(readJsonl);
}

/** How often a word (or pair of words) must appear in the training drafts, and how many at most, to be weighed by the models. */
export const VOCABULARY = { en: { minDrafts: 6, size: 2500 }, es: { minDrafts: 5, size: 600 } };
/** Regularisation: the vocabulary is many weak features, shrunk harder than the named ones would need. */
export const L2 = 3;
export const FOLDS = 5;

export type Row = { example: Example; features: number[]; words: Set<string>; reading: Reading };

/** Each example's features, read exactly as `reflect()` reads a draft; drafts read as another language are left out. */
export function featurise(examples: Example[], language: 'en' | 'es'): Row[] {
  const rows: Row[] = [];
  for (const example of examples) {
    const reading = readDraftFeatures(example.text);
    if (reading?.language === language) rows.push({ example, features: reading.features, words: reading.words, reading });
  }
  return rows;
}

export function vocabularyOf(rows: Row[], language: 'en' | 'es'): string[] {
  const drafts = new Map<string, number>();
  for (const row of rows) for (const word of row.words) drafts.set(word, (drafts.get(word) ?? 0) + 1);
  const { minDrafts, size } = VOCABULARY[language];
  return [...drafts.entries()]
    .filter(([, count]) => count >= minDrafts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, size)
    .map(([word]) => word);
}

export const withWords = (row: Row, vocabulary: string[]) => [...row.features, ...vocabulary.map((word) => (row.words.has(word) ? 1 : 0))];
export const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));
export const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index], 0);
