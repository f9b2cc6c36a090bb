import type { PatternId } from '../storage/schemas';
import { originalSpan, prepare } from './prepare';
import { THRESHOLDS, PROFILE_WEIGHT, type Sensitivity } from './score';
import { detectLanguage, type DraftLanguage } from './language';
import { featuresOf, matchClasses, wordsOf, type ClassMatches, type RuleStrengths } from './features';
import { modelFor, probability, type LanguageModel, type ReadLanguage } from './model';
import { classDetection, sentenceDetection } from './evidence';
import { englishClasses } from './classes/en';
import { spanishClasses } from './classes/es';
import { fold } from './classes/types';
import { lexiconWarmUp } from './lexicon';
import { thresholdFor, type Calibration } from '../learning/calibration';
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
  /** Patterns the person switched off: never pointed out, and never a reason to pause. */
  patternsOff?: PatternId[];
  sensitivity?: Sensitivity;
  quietHours?: QuietHours;
  /** What Steady learned from this person on this site: per pattern, the score it now waits for. */
  calibration?: Calibration;
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
  const key = `${pattern.id} ${detection.kind} ${detection.count} ${context.recentSendsInThread}`;
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

const CLASSES = { en: englishClasses, es: spanishClasses };
/** Rules that read marks, capitals and the person's recent sends, not words: they serve every language. */
const ANY_LANGUAGE = new Set<PatternId>(['shouting', 'double-texting']);
/**
 * How sure the scorer must be of a pattern to name it from word classes alone (less when the
 * draft is charged). Spanish, with no phrase rules and fewer training drafts, has more cautious
 * pattern models, so less is asked of them.
 */
const PATTERN_CERTAINTY = 0.5;
const PATTERN_CERTAINTY_WHEN_CHARGED: Record<ReadLanguage, number> = { en: 0.35, es: 0.2 };
/** A pattern the draft shows, named this surely, makes the draft charged even when the pause model hesitates. */
const PATTERN_SURE = 0.5;
/** With nothing to point at, Steady pauses only when the scorer is this sure. */
const SURE_WITHOUT_FINDINGS = 0.75;

export type Reading = {
  language: ReadLanguage;
  prepared: ReturnType<typeof prepare>;
  detections: Map<PatternModule, Detection>;
  classes: ClassMatches;
  features: number[];
  words: Set<string>;
  /** The draft in lower case with accents folded, offsets unchanged. */
  folded: string;
};

/** Everything the analyzer reads from a draft before deciding: undefined for a language it does not read. */
export function readDraftFeatures(text: string, recentSendsInThread = 0): Reading | undefined {
  const prepared = prepare(text);
  const language: DraftLanguage = detectLanguage(prepared.lower);
  if (language === 'other') return undefined;
  const detectContext = { recentSendsInThread };
  const detections = new Map<PatternModule, Detection>();
  const rules: RuleStrengths = {};
  for (const pattern of PATTERNS) {
    if (language !== 'en' && !ANY_LANGUAGE.has(pattern.id)) continue;
    const detection = pattern.detect(prepared, detectContext);
    if (!detection) continue;
    detections.set(pattern, detection);
    rules[pattern.id] = detection.strength;
  }
  // Classes and the vocabulary both read the draft with accents folded: fold it once.
  const folded = fold(prepared.lower);
  const classes = matchClasses(folded, CLASSES[language]);
  const features = featuresOf({ prepared, rules, classes, recentSendsInThread });
  return { language, prepared, detections, classes, features, words: wordsOf(folded), folded };
}

/**
 * Reads a draft for the patterns Steady watches for. Synchronous, local, keeps nothing. The
 * learned scorer decides whether to pause; the rules and word classes say where, and why.
 */
export function reflect(text: string, context: ReflectContext = {}): Reflection {
  const recentSendsInThread = context.recentSendsInThread ?? 0;
  const reading = readDraftFeatures(text, recentSendsInThread);
  const reflection: Reflection = reading ? decide(reading, modelFor(reading.language), context) : { pause: false, score: 0, findings: [] };
  if (context.now && context.quietHours && inQuietHours(context.now, context.quietHours)) reflection.quietHours = true;
  return reflection;
}

/** What a reading comes to under a model: the shipped one, or one being measured while training. */
export function decide(reading: Reading, model: LanguageModel, context: ReflectContext = {}): Reflection {
  const { language, prepared, detections, classes, features, words, folded } = reading;
  const detectContext = { recentSendsInThread: context.recentSendsInThread ?? 0 };
  const findings: Finding[] = [];
  let score = probability(model.pause, features, words);
  const threshold = THRESHOLDS[context.sensitivity ?? 'balanced'];
  const certainty = score >= threshold ? PATTERN_CERTAINTY_WHEN_CHARGED[language] : PATTERN_CERTAINTY;
  let surest = 0;
  let switchedOffSeen = false;
  for (const pattern of PATTERNS) {
    const scorer = model.patterns[pattern.id];
    const likely = probability(scorer, features, words);
    const detection =
      detections.get(pattern) ??
      (likely >= certainty
        ? (classDetection(pattern.id, classes, likely, language === 'en' || ANY_LANGUAGE.has(pattern.id)) ??
          sentenceDetection(pattern.id, scorer, folded, likely))
        : undefined);
    if (!detection) continue;
    if (context.patternsOff?.includes(pattern.id)) {
      switchedOffSeen = true;
      continue;
    }
    surest = Math.max(surest, likely);
    const note = noteFor(pattern, detection, detectContext);
    for (const { start, end } of detection.spans) findings.push({ pattern: pattern.id, ...originalSpan(prepared, start, end), note });
  }
  findings.sort((a, b) => a.start - b.start);
  if (surest >= PATTERN_SURE) score = Math.max(score, surest);
  // Patterns the person recognises in themselves make Steady more ready to pause.
  if (findings.some((finding) => context.profile?.includes(finding.pattern))) score = 1 - (1 - score) / PROFILE_WEIGHT;
  score = Math.round(score * 1000) / 1000;
  // Steady pauses when it can say what it noticed (waiting for more where the person taught it to),
  // or, with nothing to point at, only when it is sure; never for what the person switched off alone.
  if (findings.length === 0 && switchedOffSeen) return { pause: false, score, findings };
  const needed =
    findings.length > 0
      ? thresholdFor(
          findings.map((finding) => finding.pattern),
          threshold,
          context.calibration,
        )
      : Math.max(threshold, SURE_WITHOUT_FINDINGS);
  return { pause: score >= needed, score, findings };
}

/** The analyzer's first-use work in small steps (see `lexiconWarmUp`), ending with one whole read. */
export function warmUpSteps(): Array<() => void> {
  return [...lexiconWarmUp(), () => void reflect('Sorry, are you upset with me? I always get this wrong.', { now: new Date(), recentSendsInThread: 1 })];
}
