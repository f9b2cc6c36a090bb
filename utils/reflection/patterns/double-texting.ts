import { t, tCount } from '../../i18n';
import { ARE, YOU, YOUR, YOURE, collect, rx, type Span } from '../lexicon';
import type { DetectContext, PatternModule } from '../types';

const COUNT = '(\\d+|two|three|four|five|six|seven|eight|nine|ten|several|so many)';
/** Chasing a reply that hasn't come. */
const CHASES = rx(
  [
    `^[\\s?!]*\\?{2,}[\\s?!]*$`,
    `\\b(hello+|hey+|hi+|helloo+|earth to \\w+|anyone there|${YOU} there|where (are|r) ${YOU})\\s*\\?{2,}`,
    `\\bwhy (aren'?t|are|r) ${YOU} (not )?(answering|replying|responding|picking up|ignoring)\\b`,
    `\\bwhy (won'?t|don'?t|haven'?t|didn'?t) ${YOU} (answer|reply|respond|pick up|text|call)\\b`,
    `\\b${ARE} ${YOU} ignoring me\\b|\\bstop ignoring me\\b`,
    `\\bdid ${YOU} (see|get|read) my (message|messages|text|texts|email|emails|voicemail|dm|dms|call|calls)\\b`,
    `\\banswer\\W{1,3}(me|the\\W{1,3}question|${YOUR} phone)\\b|\\bpick up(\\s*[.!]|\\s+${YOUR} phone|\\s+the phone)`,
    `\\b${COUNT} (missed calls|unanswered \\w+)\\b`,
    `\\bthis is my (second|third|fourth|fifth|\\d+(st|nd|rd|th)) (message|text|email|time (asking|messaging|texting|calling))\\b`,
    `\\bi'?ve (asked|texted|messaged|called|emailed)\\b[^.!?\\n]{0,40}?\\b(${COUNT} times|twice)\\b`,
    `\\bsorry to (chase|keep chasing|nag|bug ${YOU} again)\\b`,
    `\\bseen (at )?\\d|\\bleft (me )?on (read|seen|delivered)\\b`,
    `\\b${YOU} said ${YOU}'?d (text|call|reply|message|let me know|get back)\\b`,
    `\\bit'?s been (\\d+|an?|two|three|four|five|six) (hours?|days?|mins?|minutes?)\\s*\\?`,
    `\\b(going|goes|went) (straight )?to voicemail\\b`,
    `\\b(read|saw|seen|opened) (it|my (message|text|email))\\b[^.!?\\n]{0,30}?(\\bago\\b|\\band (still )?nothing\\b|\\bno reply\\b)`,
    `\\b${YOURE} (clearly|obviously) (on|online|active)\\b|\\bi know ${YOURE} there\\b`,
    `\\bnot (answer|reply|respond)(ing)? (to )?me\\b|\\bstill (can'?t|haven'?t|won'?t|not) (pick(ed)? up|answer|repl|respond|heard)`,
    `\\bi need ${YOU} to (answer|reply|respond|call)\\b`,
  ].join('|'),
);
/** Nudges that read as chasing only after unanswered sends, or said urgently. */
const NUDGES = rx(
  `^\\s*(hello+|hey+|hi+|yo|\\?)\\s*[?!.]*\\s*$|\\bhello\\?|\\bany (update|news|word|thoughts)\\b|\\bjust (checking in|following up|bumping|circling back)\\b|\\bbump\\b|\\bfollowing up\\b|\\bwaiting (on|for) (${YOU}|a reply|an answer|${YOUR} reply)\\b|\\bcall me back\\b|\\bwhere (are|r) ${YOU}\\b|\\b${COUNT} (texts|messages|calls|emails|voicemails)\\b`,
);
const URGENT = /!!|\?\?|\burgent\b|\basap\b|\bright now\b/;

function unanswered({ recentSendsInThread }: DetectContext): boolean {
  return recentSendsInThread >= 2;
}

export const doubleTexting: PatternModule = {
  id: 'double-texting',
  detect({ lower }, context) {
    const spans: Span[] = [];
    const chases = collect(CHASES, lower, spans);
    const nudges = collect(NUDGES, lower, spans);
    if (chases === 0 && (nudges === 0 || !(unanswered(context) || URGENT.test(lower)))) return undefined;
    const backlog = unanswered(context) ? Math.min(0.2, 0.05 * context.recentSendsInThread) : 0;
    return { spans, strength: Math.min(0.85, (chases > 0 ? 0.6 : 0.5) + 0.05 * (chases + nudges - 1) + backlog), count: chases + nudges };
  },
  note: (_detection, context) =>
    unanswered(context) ? tCount('reflect_note_double_texting_sent', context.recentSendsInThread) : t('reflect_note_double_texting'),
};
