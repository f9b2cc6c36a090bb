import './english-i18n-shim';
import { readdirSync } from 'node:fs';
import { PATTERN_IDS } from '../utils/storage/schemas';
import { reflect, readDraftFeatures, type Reflection } from '../utils/reflection';
import { afinnScore, vaderCompound } from './sentiment-baselines';
import { fitLogistic, seededShuffle } from './logistic';
import { SEED, featurise, readJsonl, sigmoid, dot, trainingSet, type Example } from './reflection-data';

/**
 * Scores the analyzer on the frozen test splits (never studied: only scored), beside two
 * sentiment baselines tuned on the training split. Prints ids and figures only, never text.
 * `npm run eval:reflection -- <file.jsonl>` scores any one file instead.
 */
type Counts = { tp: number; fp: number; fn: number; tn: number };
const TARGETS = {
  en: { f1: 0.92, precision: 0.92, recall: 0.9, pattern: 0.8, margin: 0.3 },
  es: { f1: 0.85, recall: 0, precision: 0, pattern: 0.7, margin: 0 },
};
const FROZEN = 'tests/data/reflection/frozen';
const pct = (value: number) => value.toFixed(3);

function tally(examples: Example[], predict: (example: Example) => boolean): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const example of examples) {
    const predicted = predict(example);
    if (predicted && example.pause) counts.tp++;
    else if (predicted) counts.fp++;
    else if (example.pause) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

function metrics({ tp, fp, fn }: Counts) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** A baseline's best cut on the training split, then applied unchanged to the test split. */
function tunedOnTraining(score: (text: string) => number, training: Example[]): (text: string) => boolean {
  const scored = training.map((example) => ({ example, score: score(example.text) }));
  const byScore = new Map(scored.map(({ example, score: value }) => [example, value]));
  const cuts = [...new Set(scored.map(({ score: value }) => value))].sort((a, b) => a - b);
  let best = { cut: 0, f1: -1 };
  for (const cut of cuts.filter((_, index) => index % Math.ceil(cuts.length / 200) === 0)) {
    const f1 = metrics(tally(training, (example) => byScore.get(example)! <= cut)).f1;
    if (f1 > best.f1) best = { cut, f1 };
  }
  return (text) => score(text) <= best.cut;
}

function row(name: string, counts: Counts, note = '') {
  const { precision, recall, f1 } = metrics(counts);
  console.log(
    `| ${name.padEnd(24)} | ${pct(precision)} | ${pct(recall)} | ${pct(f1)} | ${String(counts.tp).padStart(4)} | ${String(counts.fp).padStart(4)} | ${String(counts.fn).padStart(4)} | ${String(counts.tn).padStart(4)} | ${note}`,
  );
}

/** F1 on the frozen split of a pause model trained (no cross-validation, cut at 0.5) on a share of the training drafts. */
function learningCurve(language: 'en' | 'es', frozen: Example[]) {
  const rows = seededShuffle(featurise(trainingSet(language), language), SEED);
  const test = featurise(frozen, language);
  const points: string[] = [];
  for (const share of [0.125, 0.25, 0.5, 1]) {
    const part = rows.slice(0, Math.round(rows.length * share));
    const weights = fitLogistic(
      part.map((r) => r.features),
      part.map((r) => (r.example.pause ? 1 : 0)),
      { l2: 1 },
    );
    const predicted = new Map(test.map((r) => [r.example, sigmoid(dot(weights, r.features)) >= 0.5]));
    const counts = tally(
      test.map((r) => r.example),
      (example) => predicted.get(example)!,
    );
    points.push(`${part.length} → ${pct(metrics(counts).f1)}`);
  }
  console.log(`learning curve (${language}, named features only, F1 on this split by training drafts): ${points.join(', ')}`);
}

function evaluate(file: string) {
  const examples = readJsonl(file);
  const name = file.split('/').pop()!;
  const language = name.startsWith('es-') ? 'es' : name.startsWith('other-') ? 'other' : 'en';
  const readings = new Map<string, Reflection>(examples.map((example) => [example.id, reflect(example.text)]));
  console.log(`\n## ${name}: ${examples.length} drafts`);
  if (language === 'other') {
    const ruleDriven = examples.filter((example) => readings.get(example.id)!.pause || readings.get(example.id)!.findings.length > 0);
    const read = examples.filter((example) => readDraftFeatures(example.text)).length;
    console.log(
      `languages Steady does not read: ${ruleDriven.length} pauses or findings from pattern rules (target 0); ${read} drafts taken for English or Spanish`,
    );
    return ruleDriven.length === 0 ? [] : [`${name}: ${ruleDriven.length} rule-driven pauses`];
  }
  const training = trainingSet(language);
  const steady = tally(examples, (example) => readings.get(example.id)!.pause);
  const vaderSays = tunedOnTraining(vaderCompound, training);
  const afinnSays = tunedOnTraining(afinnScore, training);
  const vader = tally(examples, (example) => vaderSays(example.text));
  const afinn = tally(examples, (example) => afinnSays(example.text));
  console.log('| analyzer                 | P     | R     | F1    |   TP |   FP |   FN |   TN |');
  row('Steady reflect()', steady, 'balanced');
  row('vader-sentiment', vader, 'cut tuned on the training split');
  row('sentiment (AFINN)', afinn, 'cut tuned on the training split');

  console.log('\nper pattern: recall (labelled drafts where the pattern is named) and precision (named where labelled)');
  const patternRecalls = PATTERN_IDS.map((pattern) => {
    const labelled = examples.filter((example) => example.patterns.includes(pattern));
    const named = examples.filter((example) => readings.get(example.id)!.findings.some((finding) => finding.pattern === pattern));
    const both = labelled.filter((example) => named.includes(example)).length;
    const recall = labelled.length === 0 ? 1 : both / labelled.length;
    console.log(
      `  ${pattern.padEnd(20)} recall ${pct(recall)} (${both}/${labelled.length})  precision ${pct(named.length === 0 ? 1 : both / named.length)} (${both}/${named.length})`,
    );
    return { pattern, recall };
  });

  console.log('\nper register (pause F1)');
  for (const register of [...new Set(examples.map((example) => example.register ?? example.channel ?? 'unknown'))].sort()) {
    const part = examples.filter((example) => (example.register ?? example.channel ?? 'unknown') === register);
    const { precision, recall, f1 } = metrics(tally(part, (example) => readings.get(example.id)!.pause));
    console.log(`  ${register.padEnd(16)} ${String(part.length).padStart(4)} drafts  P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}`);
  }
  learningCurve(language, examples);

  const target = TARGETS[language];
  const result = metrics(steady);
  const margin = result.f1 - Math.max(metrics(vader).f1, metrics(afinn).f1);
  console.log(`F1 margin over the better baseline: ${pct(margin)}`);
  return [
    result.f1 < target.f1 && `${name}: F1 ${pct(result.f1)} < ${target.f1}`,
    result.precision < target.precision && `${name}: precision ${pct(result.precision)} < ${target.precision}`,
    result.recall < target.recall && `${name}: recall ${pct(result.recall)} < ${target.recall}`,
    margin < target.margin && `${name}: margin ${pct(margin)} < ${target.margin}`,
    ...patternRecalls
      .filter(({ recall }) => recall < target.pattern)
      .map(({ pattern, recall }) => `${name}: ${pattern} recall ${pct(recall)} < ${target.pattern}`),
  ].filter((failure): failure is string => typeof failure === 'string');
}

const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(FROZEN).map((name) => `${FROZEN}/${name}`);
const failures = files.flatMap(evaluate);
console.log(failures.length === 0 ? '\nall targets met' : `\ntargets missed:\n  ${failures.join('\n  ')}`);
