import { t } from '../../i18n';
import { DONT, I_AM, YOU, collect, rx, type Span } from '../lexicon';
import type { PatternModule } from '../types';

const PEOPLE = `(${YOU}|any of ${YOU}|all of ${YOU}|anyone|them|everyone)`;
/** Shutting the door: ending contact rather than asking for a pause in it. */
const CLOSES = rx`
  ${I_AM} (so |just |completely |officially |honestly )?(done|finished|through|out)(\s*\.|\s*$| with (${PEOPLE}\b|this\b|it all\b|all of (it|this)\b|us\b|trying\b)| of (this|${YOU}r) (friendship|relationship|life)\b)
  we'?re (just |so |completely )?(done|over|through|finished)\s*([.!]|$)
  (we'?re|${I_AM}) done (talking|discussing|trying|explaining|arguing)\b
  i give up (on (${PEOPLE}|us|trying)|trying)\b
  ${I_AM} (leaving|out of) (the|this) (group|chat)\b
  (^|[.!?]\s+)i quit\s*([.!]|$)
  find someone else (to|who)\b
  not (living|staying|working|spending|sitting) ([\w']+ ){0,4}?(another|one more) (day|night|minute|second|meeting|week)\b
  have a (nice|good) life
  (^|[.!?]\s*)leaving (the|this) (group|chat)\b
  not doing this (any ?more|again)\b
  ${DONT} even try\b
  consider this my (notice|resignation)\b
  (stopped|stop) caring\b
  tell \w+ i quit\b
  (tonight|tomorrow|again) or ever\b
  ${DONT} come in\b
  take me (out of|off) (this|the) (group|chat|list|thread)\b
  ${DONT} expect (a reply|an answer|to hear from me|me to (reply|answer|come))\b
  (call|calling) (it|the whole \w+|everything) off\b
  ${DONT} follow me\b
  won'?t be (here|there|around) when ${YOU}\b
  no point (in )?(discussing|talking|arguing|explaining|trying)\b
  ${DONT} (try to|ever) (contact|call|reach|find|text) me\b
  (won'?t|not) be (coming|visiting|calling|speaking|talking)\b[^.!?\n]{0,40}\b(again|ever|any other time|anymore|any more)\b
  leave me (alone|be)\b
  (${DONT} (call|text|message|contact)\b\W*){2}
  (lose|delete) my number
  out of my life
  can'?t do this (any ?more|now)\b
  (^|[.!?]\s+)(just (leave|stop|go away)(\s*!|\s*\.|$)|(leave|go away|stop it|stop|get out|forget it)\s*(\.|$))
  ${DONT} bother (replying|answering|responding|calling|texting|coming (back|home|round|over))\b
  ${DONT} (ever )?(call|text|message|contact|email|visit|come (round|over|near)|talk to|speak to) me\b(?!\s+(before|after|until|till|on|at|for|during|between|tomorrow|today|tonight|later|at work)\b)
  not (talking|speaking) to ${PEOPLE}\b
  nothing (left |more |else )?to say
  not doing this(\s+(anymore|again|now|today|with ${YOU}))?\s*([.!]|$)
  (${I_AM} going (to go )?|i'?ll go |i'?m going )(quiet|dark|silent|no contact)\b
  ${DONT} want to (hear (from ${YOU}|another word|it|any more|anything)|discuss (it|this)|talk (about (it|this)|to ${PEOPLE}))\b
  (can'?t|cannot) be around ${PEOPLE}\b
  conversation('s| is)? over
  end of (discussion|conversation|story)\b
  not dealing with (${PEOPLE}|this|it)\b
  not (answering|replying to) (any more|anymore|any further|${YOU}r?)\b
  take my name off
  stop (forwarding|texting|messaging|calling|contacting|sending) me
  (${I_AM} going to|i'?ll|i will) stop talking
  (figure|sort|work) ([\w']+ ){0,4}?(without me|yourself\b|yourselves\b|on ${YOU}r own)
`;
/** Quieter exits: ambiguous alone ("I'm not coming", "logging off"). */
const STEPS_AWAY = rx`
  ${I_AM} not (coming|going)\b
  logging off
  hanging up
  i'?ll see myself out
  (^|[.!?]\s*)forget \w+\s*\.
  (have|keep) the (place|flat|house|room) to yourself
  find (another|a new) (flat|place|room|house)\b
  good ?bye\s*[.!]?\s*$
  moving (my (stuff|things) )?out\b
  ${I_AM} (blocking|muting|unfollowing) (${YOU}\b|(the|this) (group|chat))
  i give up
  forget (the|about the) \w+\s*[.!]
  ${I_AM} going to bed\s*[.!]
`;
/** A boundary that keeps the door open ("let's talk tomorrow") is a need, not a withdrawal. */
/** Done with a task, a shift or a move, not with a person. */
const ONLY_A_TASK = /\u{1F389}|\u{1F973}|\u{1F634}|\b(shift|unpacked|last (box|exam|one)|finally|sleep for|dishes|laundry|chores|sofa|couch)\b/u;
const DOOR_OPEN =
  /\blet'?s talk\b|\bwill (message|text|call|ring) (you )?(after|later|tomorrow|soon|when)\b|\btalk (properly |more )?(tomorrow|later|soon|after|when)\b|(?<!(say|said) )\blove (you|ya)\b(?! back)|\b(can|could) we\b|\bcatch up (tomorrow|later|soon)\b/;

export const withdrawal: PatternModule = {
  id: 'withdrawal',
  detect({ lower, joking }) {
    if (joking) return undefined;
    const spans: Span[] = [];
    const closes = collect(CLOSES, lower, spans);
    const steps = collect(STEPS_AWAY, lower, spans);
    const units = closes + steps / 2 - (DOOR_OPEN.test(lower) || ONLY_A_TASK.test(lower) ? 1 : 0);
    if (units < 1) return undefined;
    return { spans, strength: Math.min(0.85, 0.55 + 0.1 * units), count: closes + steps };
  },
  note: () => t('reflect_note_withdrawal'),
};
