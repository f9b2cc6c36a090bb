import { t, tCount } from '../../i18n';
import { ARE, YOU, YOUR, YOURE, collect, rx, type Span } from '../lexicon';
import type { DetectContext, PatternModule } from '../types';

const COUNT = '(\\d+|two|three|four|five|six|seven|eight|nine|ten|several|so many)';
/** Chasing a reply that hasn't come. */
const CHASES = rx`
  ^[\s?!]*\?[\s?!]*$
  (hello+|hey+|hi+|helloo+|earth to \w+|anyone there|${YOU} there|where (are|r) ${YOU})\s*\?{2,}
  \?{2,}\s*(hello+|hey+|hi+|anyone)\b
  why (aren'?t|are|r) ${YOU} (not )?(answering|replying|responding|picking up|ignoring)\b
  why (won'?t|don'?t|haven'?t|didn'?t) ${YOU} (just )?(answer|reply|respond|pick up|text|call)\b
  ${ARE} ${YOU} ignoring me
  stop ignoring me
  answer\W{1,3}(me|the\W{1,3}(question|phone)|${YOUR} phone)\b
  pick up(\s*[.!]|\s*$|\s+${YOUR} phone|\s+the phone)
  still nothing\b
  resending\b
  (the )?last (two|three|four|\d+) (didn'?t|haven'?t|never|got no)\b
  (posted|liked|commented on|been online|posted \d+ \w+) [\w ]{0,20}\bsince\b
  ^\s*me again\b
  (saw|see|get|got|read) what i sent\b
  sorry to keep (messaging|texting|asking|bothering|chasing|emailing)\b
  (see|seen) the (blue ticks|read receipts?)\b
  online (\w+ )?since i (messaged|texted|sent|asked)\b
  message (number|no\.?|#) ?\d+
  pick\W+up\W+(${YOUR}|the)\W+phone
  sent (${YOU} )?(like |about |over )?${COUNT} (messages|texts|emails)\b
  not even a (reply|thumbs up|like|text|read receipt|single word)\b
  still waiting (on|for) (an? )?(answer|reply|response|call back)\b
  is ${YOUR} phone (broken|off|dead)\b
  how hard is it to (text|reply|answer|call|respond|pick up)\b
  (reply|answer|respond|post|text|message) ([\w']+ ){0,5}but not (to )?me\b
  (haven'?t|didn'?t|never) (answered|replied to|responded to|read) my (last )?(\w+ )?(texts|messages|calls|emails)\b
  \b${COUNT} (missed calls|unanswered \w+)\b
  this is my (second|third|fourth|fifth|\d+(st|nd|rd|th)) (message|text|email|time (asking|messaging|texting|calling))\b
  i('?ve| have)( now| already)? (asked|texted|messaged|called|emailed)\b[^.!?\n]{0,40}?\b(${COUNT} times|twice)\b
  sorry to (chase|keep chasing|nag|bug ${YOU} again|text again|message again|bother ${YOU} again)\b
  seen (at )?\d
  left (me )?on (read|seen|delivered)\b
  ${YOU} said ${YOU}'?d (text|call|reply|message|let me know|get back)\b
  it'?s been (\d+|an?|two|three|four|five|six) (hours?|days?|mins?|minutes?)(\s*\?|\W+(and |still )*nothing\b)
  (going|goes|went|gone) (straight )?to voicemail
  (read|saw|seen|opened) (it|my (message|text|email))\b[^.!?\n]{0,30}?(\bago\b|\band (still )?nothing\b|\bno reply\b)
  ${YOURE} (clearly|obviously) (on|online|active)\b
  i know ${YOURE} there
  (see|know) ${YOU}('?ve| have) (read|seen|opened) (it|my)\b
  at least (reply|answer|respond|text back|let me know)\b
  not (answer|reply|respond)(ing)? (to )?me
  still (can'?t|haven'?t|won'?t|not) (pick(ed)? up|answer|repl|respond|heard)
  i need ${YOU} to (answer|reply|respond|call)\b
  (see|get|got|read|seen|check) my (\w+ )?(messages|texts|emails|calls|voicemails)\b[^.!\n]{0,40}\?
  the (one|message|text) before (that|it)\b
  ${YOU} (were|was|are|r) (online|active|on here)\b
  just (reply|answer|respond|text (me )?back)\b
  \b(\d+(st|nd|rd|th)|third|fourth|fifth|sixth|umpteenth|hundredth) (message|text|email|call|attempt|reminder)\b
  \b(\d+(st|nd|rd|th)|second|third|fourth|fifth|sixth|umpteenth|hundredth) time (asking|messaging|texting|calling|emailing|i'?ve|i have)\b
  (following up|chasing|asking|checking) (yet )?again\b
  (previous|last|earlier|other) (\w+ )?(emails|messages|texts)\b[^.!?\n]{0,40}\b(no (reply|response|answer)|none of which|unanswered)
  is (anyone|anybody) (actually |even )?(reading|listening|there)\b
  no (reply|response|answer) again\b
  ${YOURE} (just )?ignoring me
  (hi|hey|hello) again\W+(and )?again\b
`;
/** Nudges that read as chasing only after unanswered sends, or said urgently. */
const NUDGES = rx`
  ^\s*(hello+|hey+|hi+|yo|\?)\s*[?!.]*\s*$
  hello\?
  any (update|news|word|thoughts)\b
  just (checking in|following up|bumping|circling back)\b
  bump
  following up
  waiting (on|for) (${YOU}|a reply|an answer|${YOUR} reply)\b
  call me back
  (did|if|checking) ${YOU} (see|get|got|read|saw) my (\w+ ){0,2}?(message|text|email|dm|call)s?\b
  where (are|r) ${YOU}\b
  \b${COUNT} (texts|messages|calls|emails|voicemails)\b
`;
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
