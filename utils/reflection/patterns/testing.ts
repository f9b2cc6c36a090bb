import { t } from '../../i18n';
import { DONT, I_AM, YOU, YOUR, YOURE, collect, rx, type Span } from '../lexicon';
import type { PatternModule } from '../types';

/** Hinting at a hurt instead of naming it: resigned sarcasm, "fine.", "whatever", martyrdom. */
const HINTS = rx`
  it'?s whatever
  (^|[.!?]\s*)whatever(?=\s*([.,!]|$))
  (fine|ok|okay|sure|yeah|yep|k)[,.]?\s+whatever(?=\s*([.,!]|$))
  whatever ${YOU} (want|say|think)\s*(\.|$)
  guess i'?ll just
  i'?ll just (make (my own|other) plans|stop|tell everyone|do it (my)?self|do everything|stay (home|in)|sit (here|at home|home|in)|go (alone|by myself|on my own)|leave you (to it|alone))
  don'?t mind me
  ${I_AM} only ${YOU}r
  message received
  ${YOU} (clearly |obviously )?${DONT} want me (there|around|to come|involved|here)
  (clearly|obviously) ${YOU}('d| would) rather
  ${YOU} (clearly|obviously) (${DONT}|do not|can'?t be bothered)\b
  keep it to yourself
  i'?ll (just )?hear (it|about it) from
  good to know where i stand
  ${DONT} worry,? i get it
  ${I_AM} (so )?(easy to (forget|replace|ignore)|not (important|a priority) to (you|anyone)|an afterthought|invisible to (you|everyone))
  (bottom|end) of ${YOU}r (list|priorities)\b
  ${YOU}r last (priority|choice|option|resort)\b
  ${YOU} wouldn'?t (understand|care)\b
  you know what,? never ?mind
  i won'?t (invite|ask|bother|include|call|text) ${YOU}( to anything)? (again|anymore|any more)\b
  since (nobody|no one) (ever )?(shows? up|cares|bothers|listens|replies)\b
  talking to myself
  (fun|time|night) without me
  not like (any(one|body)|${YOU})\b.{0,12}(notice|care|miss)
  (doing|do|did) everything (alone|myself|by myself|on my own)\b
  (^|[.!?]\s+)(fine|sure|ok(ay)?)[,.]\s+(go|keep|cancel|ignore|leave|forget|do what|have fun|enjoy)\b
  (i'?ll|i will) ([\w']+ ){1,5}?(myself|alone|on my own) then\b
  (fine|whatever|worry)\W+${I_AM} used to (it|this)
  used to being (last|forgotten|ignored|left out|alone|an afterthought)\b
  last on (the|${YOU}r|everyone'?s) list
  clearly (it'?s not|i'?m not|nobody|no one|not|${YOU} (don'?t|didn'?t|prefer|care))\b
  (now )?i know where i stand
  ${I_AM} (so )?used to it
  (alone|on my own|by myself) again\b
  nice of ${YOU} to (mention|tell|say|let me know|invite|include|ask)\b
  ${I_AM} the last to know
  funny how ${YOU}\b
  (people|ones|friends|someone) who (actually|really) matter
  not like i ([\w']+ ){0,3}?(booked|planned|asked|organi[sz]ed|did|cooked|made|waited)\b
  (didn'?t|never) reali[sz]e i was
  cool cool cool
  ${DONT} bother (getting|getting me|buying|inviting|asking|including|saving)\b
  (guess|i'?ll) ([\w']+ ){0,2}?find out ([\w']+ ){0,4}?(like everyone else|from (your|ur|their) \w+)
  (in case|since) ${YOU} forgot i exist
  ${DONT} worry about me or anything
  it'?s (fine|cool|ok|okay|whatever),? i'?ll just\b
  no (no|it'?s fine|it'?s ok)\W+(go|i'?ll|don'?t)\b
  so ${YOU}('re| are) (just )?ignoring me\b
  (let'?s )?see how long (it takes|until|before) ${YOU}
  see if (anyone|anybody|${YOU}|they) (even |would |will )?(notices?|cares?|misses? me)\b
  still nothing\W+(cool|great|ok|okay|fine|nice|got it|noted)\b
  but not (to |for |with )?me\s*\?
  ${YOU} [^.!?\n]{3,60}[.!?]\s+interesting\.\s*$
  why would (anything|something) be wrong
  to me,? i guess\b
  found someone better\b
  must be (a )?(really |very |so |such a )?(fascinating|interesting|important|riveting|nice|fun) (phone|game|\w+)\b
  (kind of |pretty |so |quite )?used to it by now
  not like i (have|had|'ve got|'d have)\b[^.!?\n]{0,40}\bor anything
  didn'?t reali[sz]e there (was|were)\b
  apparently (they|it|i|that) (never|always) (have|has|had|did|do|does)\b
  something always comes up\b
  the one thing i (asked|needed|wanted)\b
  i'?ll cancel my [\w' ]{1,40} so (i|you|u) can\b
  but sure,? (enjoy|have fun|go)\b
  so that'?s how it is\b
  ${YOU}('ve| have)? (got )?better things to do\b
  since ${I_AM} such an? (problem|burden|pain|nuisance|inconvenience)\b
  ${DONT} worry,? i'?ve (already )?(done|sorted|handled|cleaned|fixed)\b
  apparently (that'?s )?(my job|my problem|i'?m)\b
  so ${YOU} (do|did|can) (have|find) (the )?time\b
  must be nice (having|to have|being)\b
  in case (anybody|anyone|someone) (ever )?(visits|calls|remembers|cares|asks)\b
  (am i|i'?m) (just )?not worth\b
  is ${YOUR} phone broken
  (nice|good|great|lovely) to know where i (stand|rank|fit|am)\b
`;
/** Softer hints that only count in company. */
const FAINT = rx`
  guess i'?ll\b(?! just)
  as (usual|always)
  i'?ll be (fine|ok|okay) (here )?(on my own|alone|by myself)
  i'?m sure ${YOURE} (very |really |so |super )?busy
  i'?m sure it was (an oversight|a mistake|an accident)
  love that for me
  just saying\.?\s*$
  enjoy\s+x\s*$
  i'?ll (just )?cancel my (plans|\w+)\b
  (^|[.!?]\s*)so\.\s*$
  (^|[.!?]\s+)enjoy (the|your) \w+\.\s*$
  ${YOU} know\.?\s*$
  i'?ll just ([\w']+ ){1,5}then\b
  [.!?]\s+again\.\s
  (have fun|enjoy\b[^.!?\n]{0,30}) then\s*\.
  like always
  go( ahead| on)?,? have fun
  new friends
  i'?ll be (right )?here\s*[.!]?\s*$
  i get it\.
  (nobody|no one) (cares|notices)\b
  never mind\.\s+${YOU}\b
  without me then
  i guess\s*[.!]?\s*$
  ${DONT} worry about me
  ${DONT} bother
  like i always do
  (sort|sorted|do|did|done|handle|handled|fix|fixed) it (all )?(out )?(myself|alone|on my own)\b
  ${I_AM} not invited
  no big deal\s*$
`;
/** Curt one-word sentences closed with a full stop ("mhm. sure.", "Wow. Ok."). */
const CURT = rx`
  ((wow|oh),? )?(ok(ay)?|k|fine|sure|cool|mhm+|hm+|right|wow|noted|great|got it|understood)\.(?=\s|$)
`;
function startsSentence(text: string, index: number): boolean {
  let before = index - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  return before < 0 || '.!?\n'.includes(text[before]);
}

export const testing: PatternModule = {
  id: 'testing',
  detect({ lower }) {
    const spans: Span[] = [];
    const hints = collect(HINTS, lower, spans);
    const faint = collect(FAINT, lower, spans);
    const curtSpans: Span[] = [];
    const curt = collect(CURT, lower, curtSpans, (match) => startsSentence(lower, match.index));
    if (curt >= 2) spans.push(...curtSpans);
    const units = hints + (curt >= 2 ? 1 : 0) + (faint + (curt === 1 ? 1 : 0)) / 2;
    if (units < 1) return undefined;
    return { spans, strength: Math.min(0.8, 0.5 + 0.1 * units), count: spans.length };
  },
  note: () => t('reflect_note_testing'),
};
