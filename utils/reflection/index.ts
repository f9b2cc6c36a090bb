import type { PatternId } from '../storage/schemas';
import { originalSpan, prepare } from './prepare';
import { THRESHOLDS, PROFILE_WEIGHT, type Sensitivity } from './score';
import { detectLanguage, type DraftLanguage } from './language';
import { featuresOf, matchClasses, wordsOf, type ClassMatches, type RuleStrengths } from './features';
import { modelFor, pauseProbability, probability, type ReadLanguage } from './model';
import { englishClasses } from './classes/en';
import { spanishClasses } from './classes/es';
import { fold, type ClassId } from './classes/types';
import { lexiconWarmUp, type Span } from './lexicon';
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
/** The word classes that show each pattern when its rules found nothing but the scorer is sure. */
const EVIDENCE: Partial<Record<PatternId, readonly ClassId[]>> = {
  'over-apology': ['apology', 'self-blame'],
  'reassurance-seeking': ['reassurance-question'],
  testing: ['testing-hint'],
  'self-silencing': ['minimising-need'],
  withdrawal: ['closure', 'leaving-threat'],
  absolutes: ['time-absolute', 'universal'],
  catastrophizing: ['catastrophe'],
  hostility: ['insult', 'sarcasm', 'anger'],
  'double-texting': ['chasing'],
};
/** How sure the scorer must be of a pattern to name it from word classes alone (less when the draft is charged). */
const PATTERN_CERTAINTY = 0.5;
const PATTERN_CERTAINTY_WHEN_CHARGED = 0.25;
/** With nothing to point at, Steady pauses only when the scorer is this sure. */
const SURE_WITHOUT_FINDINGS = 0.75;

type Reading = {
  language: ReadLanguage;
  prepared: ReturnType<typeof prepare>;
  detections: Map<PatternModule, Detection>;
  classes: ClassMatches;
  features: number[];
  words: Set<string>;
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
  return { language, prepared, detections, classes, features, words: wordsOf(folded) };
}

/** A pattern named from word classes: its spans are what the classes matched, and its note counts them. */
function classDetection(pattern: PatternModule, classes: ClassMatches, strength: number): Detection | undefined {
  // Classes can share words ("my fault" is an apology and self-blame): each stretch of the draft is marked once.
  const spans = withoutOverlaps((EVIDENCE[pattern.id] ?? []).flatMap((id) => classes.get(id) ?? []));
  if (spans.length === 0) return undefined;
  if (pattern.id === 'over-apology') {
    // "Apologises N times" counts apologies; one apology is over-apology only beside self-blame.
    const apologies = spans.filter((span) => classes.get('apology')?.some((apology) => apology.start === span.start)).length;
    if (apologies === 0 || (apologies < 2 && !classes.has('self-blame'))) return undefined;
    return { spans, strength, count: apologies };
  }
  return { spans, strength, count: spans.length };
}

function withoutOverlaps(spans: Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  return kept;
}

/**
 * Reads a draft for the patterns Steady watches for. Synchronous, local, keeps nothing. The
 * learned scorer decides whether to pause; the rules and word classes say where, and why.
 */
export function reflect(text: string, context: ReflectContext = {}): Reflection {
  const recentSendsInThread = context.recentSendsInThread ?? 0;
  const reading = readDraftFeatures(text, recentSendsInThread);
  const reflection: Reflection = reading ? decide(reading, context, recentSendsInThread) : { pause: false, score: 0, findings: [] };
  if (context.now && context.quietHours && inQuietHours(context.now, context.quietHours)) reflection.quietHours = true;
  return reflection;
}

function decide({ language, prepared, detections, classes, features, words }: Reading, context: ReflectContext, recentSendsInThread: number): Reflection {
  const model = modelFor(language);
  const detectContext = { recentSendsInThread };
  const findings: Finding[] = [];
  let score = pauseProbability(language, features, words);
  const threshold = THRESHOLDS[context.sensitivity ?? 'balanced'];
  const certainty = score >= threshold ? PATTERN_CERTAINTY_WHEN_CHARGED : PATTERN_CERTAINTY;
  for (const pattern of PATTERNS) {
    const likely = probability(model.patterns[pattern.id], features);
    const detection = detections.get(pattern) ?? (likely >= certainty ? classDetection(pattern, classes, likely) : undefined);
    if (!detection) continue;
    const note = noteFor(pattern, detection, detectContext);
    for (const { start, end } of detection.spans) findings.push({ pattern: pattern.id, ...originalSpan(prepared, start, end), note });
  }
  findings.sort((a, b) => a.start - b.start);
  // Patterns the person recognises in themselves make Steady more ready to pause.
  if (findings.some((finding) => context.profile?.includes(finding.pattern))) score = 1 - (1 - score) / PROFILE_WEIGHT;
  score = Math.round(score * 1000) / 1000;
  // Steady pauses when it can say what it noticed, or, with nothing to point at, only when it is sure.
  return { pause: score >= (findings.length > 0 ? threshold : Math.max(threshold, SURE_WITHOUT_FINDINGS)), score, findings };
}

/** The analyzer's first-use work in small steps (see `lexiconWarmUp`), ending with one whole read. */
export function warmUpSteps(): Array<() => void> {
  return [...lexiconWarmUp(), () => void reflect('Sorry, are you upset with me? I always get this wrong.', { now: new Date(), recentSendsInThread: 1 })];
}
