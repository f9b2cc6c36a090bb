import { t } from '../../i18n';
import { collect, negatedAt, rx, type Span } from '../lexicon';
import type { PatternModule } from '../types';

const WILL = "(going to|gonna|will|'ll)";
/** Each marker is one step towards the worst case; the gravest count double. */
const STEPS = rx`
  ${WILL} ([\w']+ ){0,2}?(lose|be fired|get fired|get sacked|be sacked|die|fail|go bankrupt|be broke|get relegated|have to close|shut (us |it )?down|reject|owe|cost (a fortune|thousands|everything)|hate me|leave me|be ruined|(fire|sack|dump|kick out|disown) (me|us))\b
  (everything|it all|all of it|my (savings|life|career|future|money|job|marriage|reputation))('s| is| are)? (gone|ruined|over|destroyed|lost|falling apart)\b
  (it'?s|we'?re|i'?m|life is|my life is) (all )?(over|finished|ruined|doomed|done for)\b(?! with)
  (my|our|the|this) (whole |entire )?(weekend|holiday|trip|launch|wedding|year|night|evening|day|party|project|shop|business|company|band|team)('s| is| are| will be) ([\w']+ ){0,1}?(finished|over|ruined|doomed|destroyed|wrecked|a disaster)\b
  (wreck|ruin|destroy|wrecked|ruined|destroyed) (the whole|the entire|everything|it all|my (whole |entire )?(life|career|future))\b
  (fall|falling|fell) apart\b
  (wrecked|ruined|destroyed|lost) (it|everything|us|things|them|her|him) forever\b
  i'?ve (blown|ruined|wrecked|lost) (it|everything|my chance|my shot)\b
  (that'?s|there goes) ((the|my|our) )?\w+ (gone|over|finished|done)\b
  laughing ?stock
  (won'?t|doesn'?t|don'?t|never|not going to) survive\b
  ${WILL} be (a )?(complete |total |absolute )?(disaster|catastrophe|nightmare)\b
  too good to (last|be true)\b
  i keep (picturing|imagining|seeing)\b
  can only mean\b
  (found|find|finding) something (terrible|bad|wrong|serious)\b
  something('s| has) happened (to|at)\b
  (ringing|calling|phoning) (round )?(the )?(hospitals|police)\b
  might as well (give up|drop out|quit|not bother)\b
  (^|[.!?]\s*)this is it\b
  if something('s| has) happened
  i can'?t breathe\b
  (first|top) (on|of) the (redundancy|layoff|firing) list
  snowball(ing)?\b
  (gone|go|going) bust\b
  something (terrible|awful|bad|horrible|serious)('s| has| must have)? happened
  permanently\b
  spiral(l)?ing\b
  (won'?t|will never|never going to) get (in)?to any\b
  ${WILL} end (it|things|us)\b
  they'?ll (all )?think i'?m
  \bdivorce\b
  no way (back|out) (from|of) (this|here)
  (letting|let) me go\b
  (i'?m|i am) (getting|going to get|gonna get|being) (sacked|fired|dumped|let go)\b
  (good|nice|happy) (stuff|things|times) never lasts?
  (this|it)('s| is) (a|an absolute|a total|a complete) (disaster|catastrophe|nightmare)\b
  (i can|can) feel it\b
  (only|just) a matter of time
  i (just )?know (it|we'?re|this is|(he|she|they)'?s|(he|she|they)'?re|(he|she|they) (is|are|will))\b
  i'?m never (going to |gonna )?\w+
  the \w+ is (finished|ruined|doomed)\b
  (i'?ll|i will|i can|we'?ll|i'?m going to) never
  never ([\w']+ ){0,6}?again
  (definitely|for sure|i (just )?know it|certainly|no doubt)\b
  it'?s (all )?because of me
  i'?ve (humiliated|ruined|destroyed)\b
  i'?m (failing|a failure|ruining)\b
  (everyone|everybody|they all|people)\b( [\w']+){0,4}? (now )?(thinks?|knows?|will think|hates?) (i'?m|me)\b
  write-?off
  end up (alone|homeless|with nothing|on the streets?)
  alone forever
  that'?s it\b[,.!]
  can'?t afford
  lose (the|my|our) (house|home|job|flat)\b
  something'?s (seriously |really |terribly )?wrong
  no longer (wish|want) to
  wouldn'?t blame you
  (nobody|no one)('s| is)? (going to|gonna|will) (ever )?(come|want|hire|love|talk|trust|order|buy|book|forgive|date)\b
`;
const GRAVE = rx`
  (homeless|heart attack|ruin(ed|ing)? (my|her|his|their|our|your) (life|lives|career|future)|(my|our|the) (only|last) (shot|chance|hope))\b
  (my|our) (whole |entire )?(career|life|relationship|marriage|future|reputation)('s| is| will be) (basically |totally |completely )?(finished|over|ruined|doomed|destroyed)\b
  (friendship|relationship|marriage|career|we)('s| is| are) (dead|over|finished|doomed)\b
  (start|beginning) of the end
  (i can (already )?see|i (already )?know( exactly)?) how this (ends|goes|is going to (end|go)|will (end|go))
  this is how (it|this|everything) ends
  (hate|resent|blame) (me|us) forever
  ${WILL} ([\w']+ ){0,2}?(break up with|leave|dump|divorce) (me|us)\b
  (i'?ll|i will|we'?ll|i'?m|i am) never (going to |gonna )?(work|get|find|be|have|meet|love|trust|recover|afford|make)\b[^.!?\n]{0,40}\bagain\b
`;

/** A chain of things that will go wrong ("mum will find out, dad will take your side, Christmas will be ruined"). */
const FUTURE = /\b(will|won'?t|going to|gonna)\b|\w'll\b/g;
const DOOM = /\b(ruin(ed)?|lose|lost|hate|hating|nothing|never|rot|drop(ping)? out|overdrawn|pile up|bust|alone|end up|seizure|die|dead|fail(ed)?)\b/;
function chainOfDoom(lower: string): boolean {
  if (!DOOM.test(lower)) return false;
  FUTURE.lastIndex = 0;
  let found = 0;
  while (found < 3 && FUTURE.test(lower)) found++;
  return found >= 3;
}

/** Leaping from a setback to the worst outcome, stated as certain. */
export const catastrophizing: PatternModule = {
  id: 'catastrophizing',
  detect({ lower, joking }) {
    if (joking) return undefined;
    const spans: Span[] = [];
    const affirmed = (match: RegExpExecArray) => !negatedAt(lower, match.index);
    const units = collect(STEPS, lower, spans, affirmed) + 2 * collect(GRAVE, lower, spans, affirmed) + (chainOfDoom(lower) ? 2 : 0);
    if (spans.length === 0) spans.push({ start: 0, end: lower.length });
    if (units < 2) return undefined;
    return { spans, strength: Math.min(0.85, 0.45 + 0.1 * units), count: units };
  },
  note: () => t('reflect_note_catastrophizing'),
};
