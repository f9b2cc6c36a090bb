import type { PatternId } from '../storage/schemas';
import { originalSpan, prepare } from './prepare';
import { scoreOf, type Sensitivity } from './score';
import { lexiconWarmUp } from './lexicon';
export { questionFor } from './questions';
import type { Detection, DetectContext, PatternModule } from './types';
import { absolutes } from './patterns/absolutes';
import { catastrophizing } from './patterns/catastrophizing';
import { doubleTexting } from './patterns/double-texting';
import { hostility } from './patterns/hostility';
import { overApology } from './patterns/over-apology';
import { reassuranceSeeking } from './patterns/reassurance-seeking';
import { selfSilencing } from './patterns/self-silencing';
import { shouting } from './patterns/shouting';
import { testing } from './patterns/testing';
import { withdrawal } from './patterns/withdrawal';

export type Finding = { pattern: PatternId; start: number; end: number; note: string };
export type Reflection = {
  pause: boolean;
  score: number;
  findings: Finding[];
  /** Present (true) when `now` falls inside the person's quiet hours. */
  quietHours?: boolean;
};
export type QuietHours = { enabled: boolean; start: number; end: number };
export type ReflectContext = {
  now?: Date;
  recentSendsInThread?: number;
  profile?: PatternId[];
  sensitivity?: Sensitivity;
  quietHours?: QuietHours;
};

const PATTERNS: readonly PatternModule[] = [
  overApology,
  reassuranceSeeking,
  testing,
  selfSilencing,
  withdrawal,
  absolutes,
  catastrophizing,
  hostility,
  shouting,
  doubleTexting,
];

/** Notes repeat (same pattern, same counts); building one can cost more than reading the draft. */
const notes = new Map<string, string>();
function noteFor(pattern: PatternModule, detection: Detection, context: DetectContext): string {
  const key = `${pattern.id} ${detection.count} ${context.recentSendsInThread}`;
  let note = notes.get(key);
  if (note === undefined) {
    if (notes.size >= 500) notes.clear();
    note = pattern.note(detection, context);
    notes.set(key, note);
  }
  return note;
}

/** Whether `now` is inside quiet hours; the window may wrap past midnight (23 → 6). */
export function inQuietHours(now: Date, { enabled, start, end }: QuietHours): boolean {
  if (!enabled || start === end) return false;
  const hour = now.getHours();
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

/** Reads a draft for the patterns Steady watches for. Synchronous, local, keeps nothing. */
export function reflect(text: string, context: ReflectContext = {}): Reflection {
  const prepared = prepare(text);
  const detectContext = { recentSendsInThread: context.recentSendsInThread ?? 0 };
  const findings: Finding[] = [];
  const detected: Array<{ id: PatternId; strength: number }> = [];
  for (const pattern of PATTERNS) {
    const detection = pattern.detect(prepared, detectContext);
    if (!detection) continue;
    detected.push({ id: pattern.id, strength: detection.strength });
    const note = noteFor(pattern, detection, detectContext);
    for (const { start, end } of detection.spans) findings.push({ pattern: pattern.id, ...originalSpan(prepared, start, end), note });
  }
  findings.sort((a, b) => a.start - b.start);
  const reflection: Reflection = { ...scoreOf(detected, context.profile, context.sensitivity), findings };
  if (context.now && context.quietHours && inQuietHours(context.now, context.quietHours)) reflection.quietHours = true;
  return reflection;
}

/** The analyzer's first-use work in small steps (see `lexiconWarmUp`), ending with one whole read. */
export function warmUpSteps(): Array<() => void> {
  return [...lexiconWarmUp(), () => void reflect('Sorry, are you upset with me? I always get this wrong.', { now: new Date(), recentSendsInThread: 1 })];
}
