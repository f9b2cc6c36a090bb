import './english-i18n-shim';
import { readFileSync } from 'node:fs';
import { PATTERN_IDS, type PatternId } from '../utils/storage/schemas';
import { reflect } from '../utils/reflection';
import { afinnScore, vaderCompound } from './sentiment-baselines';

/**
 * Scores the analyzer's pause decision and per-pattern recall on the labelled dev set, beside
 * two sentiment baselines. Prints ids and figures only, never message text.
 */
type Example = { id: string; text: string; pause: boolean; patterns: PatternId[] };
type Counts = { tp: number; fp: number; fn: number; tn: number };

const TARGETS = { f1: 0.9, precision: 0.9, patternRecall: 0.8, marginOverBaseline: 0.25 };
const file = process.argv[2] ?? '/work/shared/data/messages-dev.jsonl';
const examples: Example[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Example);

function tally(predict: (example: Example) => boolean): Counts {
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
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The baseline's best threshold on this same data: generous to the baseline on purpose. */
function bestThreshold(score: (text: string) => number): { threshold: number; counts: Counts } {
  const scores = new Map(examples.map((example) => [example.id, score(example.text)]));
  let best = { threshold: 0, counts: tally(() => false) };
  for (const threshold of [...new Set(scores.values())].sort((a, b) => a - b)) {
    const counts = tally((example) => scores.get(example.id)! <= threshold);
    if (metrics(counts).f1 > metrics(best.counts).f1) best = { threshold, counts };
  }
  return best;
}

const reflections = new Map(examples.map((example) => [example.id, reflect(example.text)]));
const steady = tally((example) => reflections.get(example.id)!.pause);
const vader = bestThreshold(vaderCompound);
const afinn = tally((example) => afinnScore(example.text) < 0);

const rows = [
  { name: 'Steady reflect()', counts: steady, setting: 'balanced' },
  { name: 'vader-sentiment', counts: vader.counts, setting: `compound ≤ ${vader.threshold.toFixed(4)} (best on this data)` },
  { name: 'sentiment (AFINN)', counts: afinn, setting: 'score < 0' },
];
const pct = (value: number) => value.toFixed(3);
console.log(`pause decision on ${examples.length} messages (${file.split('/').pop()})\n`);
console.log('| analyzer           | precision | recall | F1    | TP  | FP  | FN  | TN  | setting');
console.log('|--------------------|-----------|--------|-------|-----|-----|-----|-----|--------');
for (const { name, counts, setting } of rows) {
  const { precision, recall, f1 } = metrics(counts);
  const cells = [name.padEnd(18), pct(precision).padEnd(9), pct(recall).padEnd(6), pct(f1).padEnd(5), ...[counts.tp, counts.fp, counts.fn, counts.tn].map((n) => String(n).padEnd(3)), setting];
  console.log(`| ${cells.join(' | ')}`);
}

console.log('\nrecall per pattern (a message counts when its labelled pattern is among the findings)');
const recalls = PATTERN_IDS.map((pattern) => {
  const labelled = examples.filter((example) => example.patterns.includes(pattern));
  const found = labelled.filter((example) => reflections.get(example.id)!.findings.some((finding) => finding.pattern === pattern));
  const missed = labelled.filter((example) => !found.includes(example)).map((example) => example.id);
  const recall = labelled.length === 0 ? 1 : found.length / labelled.length;
  console.log(`  ${pattern.padEnd(20)} ${pct(recall)}  (${found.length}/${labelled.length})${missed.length ? `  missed: ${missed.join(' ')}` : ''}`);
  return recall;
});

/** The misses that matter most: held calm drafts with the highest score, let-through charged drafts with the lowest. */
const byScore = (pause: boolean, predicted: boolean, direction: number) =>
  examples
    .filter((example) => example.pause === pause && reflections.get(example.id)!.pause === predicted)
    .sort((a, b) => direction * (reflections.get(a.id)!.score - reflections.get(b.id)!.score))
    .slice(0, 10)
    .map((example) => `${example.id} (${reflections.get(example.id)!.score.toFixed(2)})`);
console.log(`\nworst false pauses: ${byScore(false, true, -1).join(', ') || 'none'}`);
console.log(`worst missed pauses: ${byScore(true, false, 1).join(', ') || 'none'}`);

const result = metrics(steady);
const baseline = Math.max(metrics(vader.counts).f1, metrics(afinn).f1);
const failures = [
  result.f1 < TARGETS.f1 && `pause F1 ${pct(result.f1)} < ${TARGETS.f1}`,
  result.precision < TARGETS.precision && `precision ${pct(result.precision)} < ${TARGETS.precision}`,
  ...PATTERN_IDS.map((pattern, index) => recalls[index] < TARGETS.patternRecall && `${pattern} recall ${pct(recalls[index])} < ${TARGETS.patternRecall}`),
  result.f1 - baseline < TARGETS.marginOverBaseline && `F1 margin over the better baseline ${pct(result.f1 - baseline)} < ${TARGETS.marginOverBaseline}`,
].filter((failure): failure is string => typeof failure === 'string');
console.log(`\nF1 margin over the better baseline: ${pct(result.f1 - baseline)}`);
console.log(failures.length === 0 ? 'all targets met' : `targets missed:\n  ${failures.join('\n  ')}`);
process.exitCode = failures.length === 0 ? 0 : 1;
