import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { EpochMs, type JournalRecord } from './schemas';
import { enqueueWrite } from './writer';
import { readRange } from './journal';
import { readSettings } from './settings';
import { LEARNING_WINDOW_MS, NO_RESETS, learnFromPauses, type LearnedLine, type LearningResets } from '../learning/calibration';
import { THRESHOLDS, type Sensitivity } from '../reflection/score';

/**
 * When the person reset what Steady learned from their pauses: all of it, or one line (a pattern
 * on a site). The pauses stay in the journal; those before a reset simply teach nothing more.
 */
const LINE_RESETS_LIMIT = 500;
export const LearningResetsValue = z.strictObject({
  all: EpochMs,
  lines: z.record(z.string().check(z.maxLength(300)), EpochMs),
});

export const learningResetsItem = storage.defineItem<LearningResets>('local:learningResets', { fallback: NO_RESETS, version: 1 });

/** The stored resets; a damaged value reads as none, which only lets past answers count again. */
export async function readLearningResets(): Promise<LearningResets> {
  const parsed = LearningResetsValue.safeParse(await learningResetsItem.getValue());
  return parsed.success ? parsed.data : NO_RESETS;
}

/** Resets one line (by `lineKey`), or everything when no line is named, as of `at`. The worker is the only caller. */
export function resetLearning(at: number, line?: string): Promise<void> {
  return enqueueWrite(async () => {
    const current = await readLearningResets();
    const next: LearningResets = line
      ? {
          all: current.all,
          lines: Object.fromEntries([...Object.entries(current.lines).filter(([key]) => key !== line), [line, at]].slice(-LINE_RESETS_LIMIT)),
        }
      : { all: at, lines: {} };
    await learningResetsItem.setValue(LearningResetsValue.parse(next));
  });
}

/** Calls back whenever a reset is stored; returns a function that stops listening. */
export function watchLearningResets(callback: () => void): () => void {
  return learningResetsItem.watch(() => callback());
}

/**
 * What Steady has learned from the pauses of the last weeks, under the person's sensitivity now.
 * A caller that has read the settings and the journal (from `now - LEARNING_WINDOW_MS` on) passes them in.
 */
export async function readLearnedLines(now = Date.now(), known?: { sensitivity: Sensitivity; records: JournalRecord[] }): Promise<LearnedLine[]> {
  const [sensitivity, resets, records] = await Promise.all([
    known?.sensitivity ?? readSettings().then((settings) => settings.sensitivity),
    readLearningResets(),
    known?.records ?? readRange(now - LEARNING_WINDOW_MS, now),
  ]);
  const pauses = records.filter((record) => record.type === 'pause');
  return learnFromPauses(pauses, now, THRESHOLDS[sensitivity], resets);
}
