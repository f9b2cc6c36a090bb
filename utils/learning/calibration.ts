import type { PatternId, PauseEvent } from '../storage/schemas';

/**
 * What Steady learns from one person's pauses, per noticed pattern and per site: the score a
 * draft must reach before Steady pauses for that pattern there. Pure, so the same answers always
 * teach the same thing, and every line can be explained in plain words.
 *
 * Steady only ever learns to wait for stronger signs, never to pause sooner: a person cannot tell
 * it about a draft it let through. It learns where the person's "not needed" pauses sit below
 * their "helped" ones, and waits for a score above them, by at most MAX_RAISE over the setting's
 * own threshold, so a strong sign still pauses: only the person can switch a pattern off.
 */

const DAY_MS = 86_400_000;
/** An answer's weight halves every four weeks, so old habits fade. */
export const HALF_LIFE_MS = 28 * DAY_MS;
/** Pauses older than this teach nothing (their weight is below an eighth). */
export const LEARNING_WINDOW_MS = 12 * 7 * DAY_MS;
/** The most Steady raises the score it waits for above the sensitivity's threshold. */
export const MAX_RAISE = 0.4;
/**
 * What each answer counts for. A word from the person counts most; a choice says less (a draft
 * sent unchanged may still have been worth the pause, and keeping to edit is a gentler yes).
 */
const SIGNAL = { 'not-needed': -1, helped: 1, 'sent-anyway': -0.25, 'kept-editing': 0.5, 'saved-for-later': 0.5 } as const;
/** How much more "not needed" than "helped", weighted, must sit below a new threshold before Steady moves it: more than one answer's worth. */
const MARGIN = 1.25;
/** How much the same pattern's answers on other sites count on this one. */
const OTHER_SITES = 0.5;
/** Just above the highest "not needed" score it waits past, so that draft would no longer pause. */
const STEP = 0.001;

/** When the person reset what Steady learned: everything, and single lines (by `lineKey`). */
export type LearningResets = { all: number; lines: Record<string, number> };
export const NO_RESETS: LearningResets = { all: 0, lines: {} };

/** One pattern on one site: what the person said and did, and what Steady now waits for. */
export type LearnedLine = {
  key: string;
  pattern: PatternId;
  site: string;
  notNeeded: number;
  helped: number;
  sentUnchanged: number;
  edited: number;
  /** The score Steady now waits for before pausing for this pattern here; absent when unchanged. */
  waitsFor?: number;
};

/** The most lines a content script is sent: the newest sites' first (see `getConfig`). */
export const LEARNED_LINES_LIMIT = 200;

/** The calibration a content script applies on its site: the score each pattern now waits for. */
export type Calibration = Partial<Record<PatternId, number>>;

export const lineKey = (pattern: PatternId, site: string): string => `${pattern}@${site}`;

type Observation = { score: number; signal: number };

/** The person's answer, for a pattern it was about (all the pause noticed, unless they named some). */
function answerFor(pause: PauseEvent, pattern: PatternId): PauseEvent['feedback'] {
  return pause.feedbackPatterns && !pause.feedbackPatterns.includes(pattern) ? undefined : pause.feedback;
}

function signalOf(pause: PauseEvent, pattern: PatternId): number {
  const answer = answerFor(pause, pattern);
  if (answer) return SIGNAL[answer];
  return pause.outcome in SIGNAL ? SIGNAL[pause.outcome as keyof typeof SIGNAL] : 0;
}

/**
 * The lowest score above which the weighted "not needed" answers outweigh the "helped" ones by
 * MARGIN or more, within the bound; undefined when the answers do not call for waiting longer.
 */
function learnedThreshold(observations: Observation[], threshold: number): number | undefined {
  const ceiling = threshold + MAX_RAISE;
  const below = observations.filter((observation) => observation.score < ceiling).sort((a, b) => a.score - b.score);
  let best: { gain: number; at: number } | undefined;
  let gain = 0;
  for (const [index, observation] of below.entries()) {
    gain -= observation.signal;
    // Cut only between distinct scores: pauses at the same score fall on the same side.
    if (below[index + 1]?.score === observation.score) continue;
    if (gain >= MARGIN && gain > (best?.gain ?? 0)) best = { gain, at: Math.min(ceiling, observation.score + STEP) };
  }
  return best && best.at > threshold ? Math.round(best.at * 1000) / 1000 : undefined;
}

/**
 * Every line Steady has learned from these pauses, at `now`, for a person whose sensitivity
 * pauses at `threshold`. Pauses Steady ended itself, or that started before a reset, teach nothing.
 */
export function learnFromPauses(pauses: readonly PauseEvent[], now: number, threshold: number, resets: LearningResets = NO_RESETS): LearnedLine[] {
  const lines = new Map<string, LearnedLine & { observations: Observation[] }>();
  for (const pause of pauses) {
    const age = now - pause.at;
    if (pause.trigger !== 'flagged' || age > LEARNING_WINDOW_MS || pause.at < resets.all) continue;
    const weight = 0.5 ** (Math.max(0, age) / HALF_LIFE_MS);
    for (const pattern of new Set(pause.patterns)) {
      const signal = signalOf(pause, pattern);
      if (signal === 0) continue;
      const key = lineKey(pattern, pause.site);
      if (pause.at < (resets.lines[key] ?? 0)) continue;
      let line = lines.get(key);
      if (!line) lines.set(key, (line = { key, pattern, site: pause.site, notNeeded: 0, helped: 0, sentUnchanged: 0, edited: 0, observations: [] }));
      const answer = answerFor(pause, pattern);
      if (answer === 'not-needed') line.notNeeded++;
      else if (answer === 'helped') line.helped++;
      else if (pause.outcome === 'sent-anyway') line.sentUnchanged++;
      else line.edited++;
      line.observations.push({ score: pause.score, signal: signal * weight });
    }
  }
  const all = [...lines.values()];
  return all
    .map(({ observations, ...line }) => {
      // The same pattern on other sites says something too, but less than this site's own answers.
      const elsewhere = all
        .filter((other) => other.pattern === line.pattern && other.site !== line.site)
        .flatMap((other) => other.observations.map(({ score, signal }) => ({ score, signal: signal * OTHER_SITES })));
      const waitsFor = learnedThreshold([...observations, ...elsewhere], threshold);
      return waitsFor === undefined ? line : { ...line, waitsFor };
    })
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The part of what was learned that applies on one site. */
export function calibrationFor(lines: ReadonlyArray<Pick<LearnedLine, 'pattern' | 'site' | 'waitsFor'>>, site: string): Calibration {
  const calibration: Calibration = {};
  for (const line of lines) if (line.site === site && line.waitsFor !== undefined) calibration[line.pattern] = line.waitsFor;
  return calibration;
}

/**
 * The score a draft must reach to pause, given the patterns it shows: the setting's threshold,
 * raised only as far as the least-learned pattern allows (one pattern Steady has not learned to
 * wait on is enough to pause as before), and never past the bound.
 */
export function thresholdFor(patterns: Iterable<PatternId>, threshold: number, calibration: Calibration | undefined): number {
  if (!calibration) return threshold;
  let lowest = Infinity;
  for (const pattern of patterns) lowest = Math.min(lowest, calibration[pattern] ?? threshold);
  return lowest === Infinity ? threshold : Math.max(threshold, Math.min(lowest, threshold + MAX_RAISE));
}
