import { t } from '../../i18n';
import type { Span } from '../lexicon';
import type { PatternModule } from '../types';

const WORD = /[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ']*/g;
/** Capitals that are just how the word is written. */
const ACRONYMS = new Set('FYI ASAP OK PDF ID IT HR PM AM TV UK US USA EU BBC MOT VPN CEO CTO DM ETA RSVP IMO TBH BTW FAQ URL API NHS GP PR QA UI UX IDK AFAIK TL DR EOD OOO WFH NYC LA SF KPI ROI Q1 Q2 Q3 Q4'.split(' '));
/** Capitals of celebration ("CONGRATS!!!", "OMG YES") are not raised voices. */
const JOY = /\b(got (the|in|it|a)|having a|engaged|pregnant|moving|congrat\w*|yes+|yay+|woo+h?o*|omg|lol|lmao|haha\w*|thank\w*|love|happy|best|amazing|proud|passed|won|excited|can'?t wait|guess (what|who)|we did it|baby|welcome)\b|[\u{1F389}\u{1F973}\u{1F62D}\u{1F495}\u{2764}\u{1F496}\u{1F60D}\u{1F942}\u{1F393}\u{1F3E0}\u{1F511}\u{1F602}\u{1F923}\u{1F64C}\u{1F44F}\u{2728}\u{1F490}\u{1F38A}\u{1F483}\u{1F970}\u{1F618}]/u;
const ANGER = /\b(not|don'?t|do not|stop|never|again|sick|hate|kidding|yourself|seriously|wtf|enough|how dare|what the|one thing|urgent|asked|why)\b|\?!|!\?|\?\?/;

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

/** A draft written mostly in capitals, in anger rather than delight. */
export const shouting: PatternModule = {
  id: 'shouting',
  detect({ cased, lower }) {
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
    if (caps < 3 || caps / words < 0.6) return undefined;
    const angry = ANGER.test(lower);
    if (JOY.test(lower) && !angry) return undefined;
    const exclaims = /!!|\?\?/.test(lower);
    if (!angry && !exclaims && caps < 4) return undefined;
    return { spans, strength: angry && exclaims ? 0.7 : 0.6, count: caps };
  },
  note: () => t('reflect_note_shouting'),
};
