import './english-i18n-shim';
import { PATTERN_IDS } from '../utils/storage/schemas';
import { decide } from '../utils/reflection';
import { seededShuffle } from './logistic';
import { fitLanguage } from './reflection-fit';
import { SEED, featurise, readJsonl, trainingFiles, type Row } from './reflection-data';

/**
 * Measures the analyzer on training drafts held out of the fit, a batch at a time: each English
 * batch was written by its own writer, so holding one out is the nearest thing to a new batch.
 * Spanish has one batch, held out a fifth at a time. For development; the frozen splits stay
 * for `eval:reflection`. Prints figures only.
 */
const pct = (value: number) => value.toFixed(3);

function groups(language: 'en' | 'es'): Row[][] {
  const byBatch = trainingFiles(language).map((file) => featurise(readJsonl(file), language));
  if (language === 'es') {
    const rows = seededShuffle(byBatch.flat(), SEED);
    return Array.from({ length: 5 }, (_, fold) => rows.filter((_, index) => index % 5 === fold));
  }
  // The small earlier sets and the development set together make one batch.
  const large = byBatch.filter((rows) => rows.length >= 1000);
  return [...large, byBatch.filter((rows) => rows.length < 1000).flat()];
}

function measure(language: 'en' | 'es') {
  const folds = groups(language);
  const counts = { tp: 0, fp: 0, fn: 0 };
  const perPattern = new Map(PATTERN_IDS.map((id) => [id, { labelled: 0, named: 0, both: 0 }]));
  folds.forEach((held, fold) => {
    const rows = seededShuffle(folds.filter((_, other) => other !== fold).flat(), SEED);
    const { model } = fitLanguage(rows, language, { crossValidate: process.argv.includes('--cut') });
    for (const { example, reading } of held) {
      const reflection = decide(reading, model);
      if (reflection.pause && example.pause) counts.tp++;
      else if (reflection.pause) counts.fp++;
      else if (example.pause) counts.fn++;
      for (const id of PATTERN_IDS) {
        const tally = perPattern.get(id)!;
        const labelled = example.patterns.includes(id);
        const named = reflection.findings.some((finding) => finding.pattern === id);
        tally.labelled += labelled ? 1 : 0;
        tally.named += named ? 1 : 0;
        tally.both += labelled && named ? 1 : 0;
      }
    }
  });
  const precision = counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp / (counts.tp + counts.fn);
  console.log(
    `${language} held out by batch (${folds.length} folds): pause P ${pct(precision)} R ${pct(recall)} F1 ${pct((2 * precision * recall) / (precision + recall))}`,
  );
  for (const [id, { labelled, named, both }] of perPattern) {
    console.log(
      `  ${id.padEnd(20)} recall ${pct(both / Math.max(1, labelled))} (${both}/${labelled})  precision ${pct(both / Math.max(1, named))} (${both}/${named})`,
    );
  }
}

for (const language of process.argv.includes('--es') ? (['es'] as const) : process.argv.includes('--en') ? (['en'] as const) : (['en', 'es'] as const))
  measure(language);
