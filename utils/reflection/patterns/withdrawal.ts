import { t } from '../../i18n';
import { DONT, I_AM, YOU, collect, rx, type Span } from '../lexicon';
import type { PatternModule } from '../types';

const PEOPLE = `(${YOU}|any of ${YOU}|all of ${YOU}|anyone|them|everyone)`;
/** Shutting the door: ending contact rather than asking for a pause in it. */
const CLOSES = rx(
  [
    `\\b${I_AM} (so |just |completely |officially |honestly )?(done|finished|through|out)(\\s*\\.|\\s*$| with (${PEOPLE}\\b|this\\b|it all\\b|all of (it|this)\\b|us\\b|trying\\b))`,
    `\\bwe'?re (done|over|through)\\s*([.!]|$)`,
    `\\bleave me alone\\b`,
    `(^|[.!?]\\s+)(just (leave|stop|go away)(\\s*!|\\s*\\.|$)|(leave|go away|stop it|stop|get out|forget it)\\s*(\\.|$))`,
    `\\b${DONT} bother (replying|answering|responding|calling|texting|coming back)\\b`,
    `\\b${DONT} (ever )?(call|text|message|contact|email|visit|come (round|over|near)|talk to) me\\b(?!\\s+(before|after|until|till|on|at|during|between|tomorrow|today|tonight|later|at work)\\b)`,
    `\\bnot (talking|speaking) to ${PEOPLE}\\b`,
    `\\bnothing (left |more |else )?to say\\b`,
    `\\bnot doing this(\\s+(anymore|again|now|today|with ${YOU}))?\\s*([.!]|$)`,
    `\\b(${I_AM} going (to go )?|i'?ll go |i'?m going )(quiet|dark|silent|no contact)\\b`,
    `\\b${DONT} want to (hear (from ${YOU}|another word|it|any more|anything)|discuss (it|this)|talk about (it|this))\\b`,
    `\\b(can'?t|cannot) be around ${PEOPLE}\\b`,
    `\\bconversation('s| is)? over\\b|\\bend of (discussion|conversation|story)\\b`,
    `\\bnot dealing with (${PEOPLE}|this|it)\\b`,
    `\\bnot (answering|replying to) (any more|anymore|any further|${YOU}r?)\\b`,
    `\\btake my name off\\b`,
    `\\bstop (forwarding|texting|messaging|calling|contacting|sending) me\\b`,
    `\\b(${I_AM} going to|i'?ll|i will) stop talking\\b`,
    `\\b(figure|sort|work) ([\\w']+ ){0,4}?(without me|yourself\\b|yourselves\\b|on ${YOU}r own)`,
  ].join('|'),
);
/** Quieter exits: ambiguous alone ("I'm not coming", "logging off"). */
const STEPS_AWAY = rx(`\\b${I_AM} not (coming|going)\\b|\\blogging off\\b|\\bi give up\\b|\\bforget (the|about the) \\w+\\s*[.!]|\\b${I_AM} going to bed\\s*[.!]`);
/** A boundary that keeps the door open ("let's talk tomorrow") is a need, not a withdrawal. */
const DOOR_OPEN = /\blet'?s talk\b|\btalk (properly |more )?(tomorrow|later|soon|after|when)\b|\blove (you|ya)\b|\b(can|could) we\b|\bcatch up (tomorrow|later|soon)\b/;

export const withdrawal: PatternModule = {
  id: 'withdrawal',
  detect({ lower }) {
    const spans: Span[] = [];
    const closes = collect(CLOSES, lower, spans);
    const steps = collect(STEPS_AWAY, lower, spans);
    const units = closes + steps / 2 - (DOOR_OPEN.test(lower) ? 1 : 0);
    if (units < 1) return undefined;
    return { spans, strength: Math.min(0.85, 0.55 + 0.1 * units), count: closes + steps };
  },
  note: () => t('reflect_note_withdrawal'),
};
