import { t } from '../../i18n';
import type { Span } from '../lexicon';
import type { PatternModule } from '../types';

const WORD = /[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ']*/g;
/** Capitals that are just how the word is written. */
const ACRONYMS = new Set(
  'FYI ASAP OK PDF ID IT HR PM AM TV UK US USA EU BBC MOT VPN CEO CTO DM ETA RSVP IMO TBH BTW FAQ URL API NHS GP PR QA UI UX IDK AFAIK TL DR EOD OOO WFH NYC LA SF KPI ROI Q1 Q2 Q3 Q4'.split(
    ' ',
  ),
);
/** Capitals of celebration ("CONGRATS!!!", "OMG YES") are not raised voices. */
const JOY =
  /\b(got (the|in|it|a)|having a|engaged|pregnant|moving|congrat\w*|yes+|yay+|woo+h?o*|omg|lol|lmao|haha\w*|thank\w*|love|happy|best|amazing|proud|passed|won|excited|can'?t wait|guess (what|who)|we did it|baby|welcome)\b|[\u{1F389}\u{1F973}\u{1F62D}\u{1F495}\u{2764}\u{1F496}\u{1F60D}\u{1F942}\u{1F393}\u{1F3E0}\u{1F511}\u{1F602}\u{1F923}\u{1F64C}\u{1F44F}\u{2728}\u{1F490}\u{1F38A}\u{1F483}\u{1F970}\u{1F618}]/u;
const ANGER =
  /\b(not|don'?t|do not|stop|never|again|sick|hate|kidding|yourself|seriously|wtf|enough|how dare|what the|one thing|urgent|asked|why)\b|\?!|!\?|\?\?/;

/** Cheap first look: most drafts have fewer than three capitalised words. */
const CAPS_WORD = /\b[A-ZÀ-ÖØ-Þ]{2}[A-ZÀ-ÖØ-Þ']*\b/g;
function fewCaps(text: string): boolean {
  CAPS_WORD.lastIndex = 0;
  for (let found = 0; found < 3; found++) if (!CAPS_WORD.exec(text)) return true;
  return false;
}

function isCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Piles of "!!!", "???" or "?!?": a raised voice even in lower case once there are two, or one beside a word in capitals. */
const PILE = /[!?]{3,}|\?!|!\?/g;
/** A whole sentence in capitals that orders or demands ("ANSWER YOUR PHONE.", "WHERE ARE YOU"). */
const CAPS_DEMAND = /(^|[.!?\n]\s*)((ANSWER|STOP|DON'?T|DO NOT|GET|CALL|PICK|WHERE|WHY|LISTEN|LEAVE|SHUT|MOVE|GIVE)\b[A-Z' ]{2,})(?=[.!?\n]|$)/;
/** What makes piled marks a reproach rather than excitement ("you got the job?!"). */
const REPROACH =
  /\b(at least|hello|why|how (could|dare|many times|hard)|what is wrong|what'?s wrong|seriously|again|kidding|believe|stop|ignor(e|ing)|answer|told (her|him|them|everyone))\b/;
const DELIGHT = /\b(incredible|awesome|no way|finally|goa+l+|spill|wow|wait)\b/;
/** Words in capitals that stress a reproach ("you ALWAYS", "I can't BELIEVE"): two capitals or more (never the "I" of "I'm"), not an acronym. */
const STRESSED = /\b[A-ZÀ-ÖØ-Þ]{2}[A-ZÀ-ÖØ-Þ']*\b/g;

function stressedWords(cased: string): Span[] {
  const spans: Span[] = [];
  STRESSED.lastIndex = 0;
  for (let match = STRESSED.exec(cased); match; match = STRESSED.exec(cased)) {
    if (!ACRONYMS.has(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** One run of capitals with lower case on both sides, as in "listening to NEVER GONNA GIVE YOU UP on repeat": a title. */
function isTitle(cased: string, runs: Span[]): boolean {
  if (runs.length !== 1) return false;
  const [{ start, end }] = runs;
  const lineEnd = cased.indexOf('\n', end);
  return /[a-z]/.test(cased.slice(cased.lastIndexOf('\n', start) + 1, start)) && /[a-z]/.test(cased.slice(end, lineEnd < 0 ? undefined : lineEnd));
}

function separateRuns(cased: string, spans: Span[]): number {
  let runs = spans.length > 0 ? 1 : 0;
  for (let index = 1; index < spans.length; index++) if (/[a-z]/.test(cased.slice(spans[index - 1].end, spans[index].start))) runs++;
  return runs;
}

/** Mostly capitals, read in anger rather than delight. */
function capitals(cased: string, lower: string): { spans: Span[]; caps: number; angry: boolean } | undefined {
  if (fewCaps(cased)) return undefined;
  const spans: Span[] = [];
  let words = 0;
  let caps = 0;
  let run: Span | undefined;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(cased); match; match = WORD.exec(cased)) {
    const word = match[0];
    if (word.length < 2 || ACRONYMS.has(word)) continue;
    words++;
    if (!isCaps(word)) {
      run = undefined;
      continue;
    }
    caps++;
    if (run) run.end = match.index + word.length;
    else spans.push((run = { start: match.index, end: match.index + word.length }));
  }
  if (caps < 3 || caps / words < 0.6 || isTitle(cased, spans)) return undefined;
  const angry = ANGER.test(lower);
  if (JOY.test(lower) && !angry) return undefined;
  const exclaims = /!!|\?\?/.test(lower);
  if (!angry && !exclaims && caps < 4) return undefined;
  return { spans, caps, angry: angry && exclaims };
}

/** A raised voice: a draft mostly in capitals, or piled-up "!!!" and "???" around a stressed word, in anger rather than delight. */
export const shouting: PatternModule = {
  id: 'shouting',
  detect({ cased, lower }) {
    const written = capitals(cased, lower);
    if (written) return { spans: written.spans, strength: written.angry ? 0.7 : 0.6, count: written.caps, kind: 'capitals' };
    if (JOY.test(lower)) return undefined;
    const demand = CAPS_DEMAND.exec(cased);
    if (demand) {
      const start = demand.index + demand[1].length;
      return { spans: [{ start, end: start + demand[2].length }], strength: 0.6, count: demand[2].split(' ').length, kind: 'stressed' };
    }
    const stressed = stressedWords(cased);
    const piles = lower.match(PILE)?.length ?? 0;
    const raised = stressed.filter(({ start, end }) => ANGER.test(lower.slice(start, end)));
    const apart = separateRuns(cased, stressed) >= 2;
    // Words raised in a reproach: a reproach said twice ("You NEVER show up. NEVER."), words
    // raised beside "??", or here and there ("DO NOT speak to him like that EVER AGAIN"; a
    // single run of capitals is more often a title or a subject line).
    const reproachRaised =
      (raised.length >= 2 && separateRuns(cased, raised) >= 2) ||
      (apart && (piles > 0 || /\?\?|!!/.test(lower)) && !DELIGHT.test(lower)) ||
      (apart && stressed.length >= 3 && ANGER.test(lower));
    if (reproachRaised) return { spans: stressed, strength: 0.6, count: stressed.length, kind: 'stressed' };
    if (piles === 0 || DELIGHT.test(lower)) return undefined;
    // Two piles need a reproach; one beside a stressed word needs it aimed at someone.
    if (!REPROACH.test(lower) && !(stressed.length > 0 && /\b(you|u)\b/.test(lower))) return undefined;
    if (stressed.length === 0 && piles < 2 && !/[!?]{4,}/.test(lower)) return undefined;
    if (stressed.length > 0) return { spans: stressed, strength: 0.55 + (piles > 1 ? 0.1 : 0), count: stressed.length, kind: 'stressed' };
    const marks = [...lower.matchAll(PILE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    return { spans: marks, strength: 0.55, count: marks.length, kind: 'marks' };
  },
  // Each note says only what is there: most of the draft in capitals, some words in capitals, or piled marks.
  note: ({ kind }) => t(kind === 'capitals' ? 'reflect_note_shouting' : kind === 'marks' ? 'reflect_note_shouting_marks' : 'reflect_note_shouting_stressed'),
};
