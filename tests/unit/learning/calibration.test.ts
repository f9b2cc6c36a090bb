import { describe, expect, it } from 'vitest';
import { HALF_LIFE_MS, LEARNING_WINDOW_MS, MAX_RAISE, calibrationFor, learnFromPauses, lineKey, thresholdFor } from '@/utils/learning/calibration';
import type { PauseEvent } from '@/utils/storage';

const NOW = Date.UTC(2026, 11, 1, 12);
const DAY = 86_400_000;
const THRESHOLD = 0.5;
let next = 0;

function pause(score: number, changes: Partial<PauseEvent> = {}): PauseEvent {
  return {
    type: 'pause',
    id: `p${next++}`,
    at: NOW - DAY,
    site: 'slack',
    trigger: 'flagged',
    patterns: ['over-apology'],
    score,
    outcome: 'sent-anyway',
    durationMs: 4_000,
    ...changes,
  };
}
const notNeeded = (score: number, changes: Partial<PauseEvent> = {}) => pause(score, { feedback: 'not-needed', ...changes });
const helped = (score: number, changes: Partial<PauseEvent> = {}) => pause(score, { feedback: 'helped', outcome: 'kept-editing', ...changes });

describe('learning from one person’s pauses', () => {
  it('waits just above the "not needed" pauses when they outweigh the helped ones below them', () => {
    const [line] = learnFromPauses([notNeeded(0.55), notNeeded(0.6), notNeeded(0.62), helped(0.9)], NOW, THRESHOLD);
    expect(line).toMatchObject({ key: lineKey('over-apology', 'slack'), notNeeded: 3, helped: 1, waitsFor: 0.621 });
  });

  it('keeps pausing as before when the helped pauses sit as low as the "not needed" ones', () => {
    const [line] = learnFromPauses([notNeeded(0.55), helped(0.56), notNeeded(0.6), helped(0.61), notNeeded(0.62), helped(0.63)], NOW, THRESHOLD);
    expect(line.waitsFor).toBeUndefined();
  });

  it('applies an answer about one named pattern to that pattern alone; the others learn from what the person did', () => {
    const both = { patterns: ['over-apology', 'absolutes'] as PauseEvent['patterns'], feedbackPatterns: ['over-apology'] as PauseEvent['patterns'] };
    const lines = learnFromPauses([notNeeded(0.6, both), notNeeded(0.6, both)], NOW, THRESHOLD);
    const byPattern = Object.fromEntries(lines.map((line) => [line.pattern, line]));
    expect(byPattern['over-apology']).toMatchObject({ notNeeded: 2, sentUnchanged: 0, waitsFor: 0.601 });
    expect(byPattern.absolutes).toMatchObject({ notNeeded: 0, sentUnchanged: 2 });
    expect(byPattern.absolutes.waitsFor).toBeUndefined();
    // Unnamed, the same answers speak for every pattern the pause noticed.
    const unnamed = learnFromPauses([notNeeded(0.6, { patterns: both.patterns }), notNeeded(0.6, { patterns: both.patterns })], NOW, THRESHOLD);
    expect(unnamed.map((line) => [line.pattern, line.notNeeded, line.waitsFor])).toEqual([
      ['absolutes', 2, 0.601],
      ['over-apology', 2, 0.601],
    ]);
  });

  it('needs more than one answer to move', () => {
    expect(learnFromPauses([notNeeded(0.6)], NOW, THRESHOLD)[0].waitsFor).toBeUndefined();
    expect(learnFromPauses([notNeeded(0.6), notNeeded(0.6)], NOW, THRESHOLD)[0].waitsFor).toBe(0.601);
  });

  it('never waits past the bound: a strong sign still pauses', () => {
    const pauses = Array.from({ length: 30 }, (_, index) => notNeeded(0.5 + index / 60));
    const [line] = learnFromPauses(pauses, NOW, THRESHOLD);
    // Just above the highest "not needed" within the bound; those past it still pause.
    const highestWithin = Math.max(...pauses.map((each) => each.score).filter((score) => score < THRESHOLD + MAX_RAISE));
    expect(line.waitsFor).toBe(Math.round((highestWithin + 0.001) * 1000) / 1000);
    expect(thresholdFor(['over-apology'], THRESHOLD, calibrationFor([line], 'slack'))).toBeLessThan(0.9);
    expect(thresholdFor(['over-apology'], THRESHOLD, { 'over-apology': 0.99 })).toBe(THRESHOLD + MAX_RAISE);
  });

  it('learns from what the person did too, but less than from what they said', () => {
    const sentAsWritten = Array.from({ length: 4 }, () => pause(0.6));
    const [fewSends] = learnFromPauses(sentAsWritten, NOW, THRESHOLD);
    expect([fewSends.sentUnchanged, fewSends.waitsFor]).toEqual([4, undefined]);
    const [line] = learnFromPauses([...sentAsWritten, ...sentAsWritten], NOW, THRESHOLD);
    expect(line).toMatchObject({ sentUnchanged: 8, waitsFor: 0.601 });
    // Kept editing says the pause was worth it: twice outweighs four drafts sent as written.
    const keptEditing = [pause(0.58, { outcome: 'kept-editing' }), pause(0.58, { outcome: 'kept-editing' })];
    expect(learnFromPauses([...sentAsWritten, ...sentAsWritten, ...keptEditing], NOW, THRESHOLD)[0].waitsFor).toBeUndefined();
  });

  it('lets old answers fade, and forgets those past the window', () => {
    const old = (days: number) => [notNeeded(0.6, { at: NOW - days * DAY }), notNeeded(0.6, { at: NOW - days * DAY })];
    expect(learnFromPauses(old(1), NOW, THRESHOLD)[0].waitsFor).toBe(0.601);
    // Two answers a half-life ago weigh as one.
    expect(learnFromPauses(old(HALF_LIFE_MS / DAY), NOW, THRESHOLD)[0].waitsFor).toBeUndefined();
    expect(learnFromPauses(old(LEARNING_WINDOW_MS / DAY + 1), NOW, THRESHOLD)).toEqual([]);
  });

  it('keeps sites and patterns apart, and a pause for two patterns teaches both', () => {
    const pauses = [
      notNeeded(0.6, { patterns: ['over-apology', 'absolutes'] }),
      notNeeded(0.6, { patterns: ['over-apology', 'absolutes'] }),
      helped(0.7, { site: 'gmail' }),
    ];
    const lines = learnFromPauses(pauses, NOW, THRESHOLD);
    expect(lines.map((line) => [line.key, line.waitsFor])).toEqual([
      ['absolutes@slack', 0.601],
      ['over-apology@gmail', undefined],
      ['over-apology@slack', 0.601],
    ]);
    expect(calibrationFor(lines, 'slack')).toEqual({ absolutes: 0.601, 'over-apology': 0.601 });
    expect(calibrationFor(lines, 'gmail')).toEqual({});
  });

  it('learns nothing from pauses Steady ended itself, pauses not for what it noticed, or pauses before a reset', () => {
    const ignored = [
      notNeeded(0.6, { trigger: 'always' }),
      notNeeded(0.6, { trigger: 'quiet-hours' }),
      pause(0.6, { outcome: 'failed-open' }),
      pause(0.6, { outcome: 'stepped-aside' }),
      pause(0.6, { outcome: 'left-page' }),
    ];
    expect(learnFromPauses(ignored, NOW, THRESHOLD)).toEqual([]);
    const answers = [notNeeded(0.6), notNeeded(0.6), notNeeded(0.6, { site: 'gmail' }), notNeeded(0.6, { site: 'gmail' })];
    const lineReset = learnFromPauses(answers, NOW, THRESHOLD, { all: 0, lines: { [lineKey('over-apology', 'slack')]: NOW - DAY / 2 } });
    expect(lineReset.map((line) => line.key)).toEqual(['over-apology@gmail']);
    expect(learnFromPauses(answers, NOW, THRESHOLD, { all: NOW - DAY / 2, lines: {} })).toEqual([]);
  });

  it('pauses as before when any pattern in the draft is one Steady has not learned to wait on', () => {
    const calibration = { 'over-apology': 0.7 };
    expect(thresholdFor(['over-apology'], THRESHOLD, calibration)).toBe(0.7);
    expect(thresholdFor(['over-apology', 'hostility'], THRESHOLD, calibration)).toBe(THRESHOLD);
    expect(thresholdFor([], THRESHOLD, calibration)).toBe(THRESHOLD);
    expect(thresholdFor(['over-apology'], THRESHOLD, undefined)).toBe(THRESHOLD);
    // A learned score below a more watchful setting's threshold never lowers it.
    expect(thresholdFor(['over-apology'], 0.8, calibration)).toBe(0.8);
  });
});
