import { t } from '../../i18n';
import { I_AM, YOU, YOUR, YOURE, collect, rx, type Span } from '../lexicon';
import type { PatternModule } from '../types';

const INSULT =
  '(useless|stupid|pathetic|incompetent|impossible|unbelievable|a joke|an idiot|idiot|moron|selfish|lazy|unreliable|incapable|ridiculous|clueless|hopeless|a nightmare|the worst|a disgrace|insufferable|an embarrassment|a liar|dense|thick|brainless|spineless|childish|deaf|a child|a baby|a clown|embarrassing|pathetic|a loser|braindead|brain dead|trash|garbage|a waste of space|two-faced|fake|liars|hypocrites|a hypocrite|a parasite|parasites|a leech)';
/** Contempt and sarcasm aimed at the other person. */
const CUTS = rx`
  ${YOURE} (?!not\b|never\b)([\w']+ )?(so |such an? |the most |a complete |an absolute |totally |honestly |just )*${INSULT}\b
  the most (useless|unreliable|selfish|lazy|incompetent|annoying|pathetic|inconsiderate|arrogant) \w+
  how many (more )?times (do|have|must) i (have to )?(tell|ask|explain|say|remind)
  ${YOU}('?ve)? (somehow )?managed to (lose|break|forget|ruin|miss|mess)
  what (kind|sort) of (idiot|person|parent|friend) (\w+s|doesn'?t)\b
  how hard (is it|can it be|was it|could it be)\b
  do ${YOU} (actually|even|ever) (read|listen|think|check|pay attention)\b
  remind me (again )?why
  how do(es)? (${YOU}|one) (even )?manage to
  with ${YOUR} eyes closed
  look who('s| has)? (finally|decided|remembered)\b
  nice of ${YOU} to (finally|bother|show|grace)\b
  what part of (no\b|[^?.!\n]{1,30} (is (so |proving (so )?)?(hard|difficult|unclear|confusing)|don'?t you (get|understand)))
  (are|r) ${YOU} ([\w']+ ){0,2}${INSULT}\b
  (great|good|nice|fantastic|brilliant) (work|job|going) (breaking|ruining|losing|forgetting|ignoring|messing|wrecking)\b
  thanks (a lot |a bunch |so much )?for (ruining|nothing|wasting|ignoring|breaking|embarrassing|making (me|this|it) (look|feel))\b
  to ${YOU} slowly
  ${I_AM} not ${YOUR} (babysitter|mum|mom|mother|maid|servant|secretary|assistant|personal assistant|dad|parent|cleaner)\b
  love how ${YOU}\b
  couldn'?t have ([\w']+ ){1,4}without ${YOU}\b
  the (person|guy|one|woman|man|genius) who ([\w']+ ){0,2}?(lost|broke|forgot|ruined|messed|crashed|failed|screwed)\b
  (are|r) ${YOU} kidding me
  thanks for nothing
  congrats on being
  what('s| is) wrong with ${YOU}\b
  (shut up|grow up|get a (clue|grip|life))\b
  ${YOU} (absolute |complete |total )?(idiot|moron|loser|jerk|clown)\b
  thanks (so much )?for the '[^'\n]{1,24}'
  what an? (idiot|moron|joke|loser|clown|child|baby|waste of space)\b
  can'?t believe i (ever )?(married|dated|trusted|chose|picked|fell for|wasted \w+ on) ${YOU}\b
  (use|try using|engage) ${YOUR} (brain|head|eyes)\b
  (no one|nobody) (asked|wants|cares about) (for )?${YOUR} (opinion|input|advice|take|thoughts)\b
  cry me a river
  ${YOU} did this to yourself
  (genius|smart|great|brilliant|clever) move\b
  outdid yourself
  (do )?try to keep up
  (perhaps|maybe) a dictionary
  (run|ruin|manage) ${YOUR} (own )?life for ${YOU}
  (think|care) about (anyone|anything|anybody) but (yourself|yourselves)\b
  (only|ever) (think|care)s? about (yourself|yourselves)\b
  only ${YOU} could\b
  typical of ${YOU}\b
  (you lot|you people|you guys|you two|you all) (are|r) ([\w']+ )?(so |such )?${INSULT}\b
  must (have been|be) (exhausting|tiring|hard) (copying|pretending|being|stealing)\b
  get (some|a) (self-awareness|life|grip|clue|backbone|spine|manners)\b
  ${YOUR} (company|staff|service|team|work|idea|plan|business|shop) (is|are) (a joke|useless|pathetic|a disgrace|incompetent|garbage|trash|a shambles)\b
  just like ${YOUR} (father|mother|dad|mum|mom|ex)\b
  can'?t be trusted\b
  (is that|is it) too much to ask\b
  (don'?t|doesn'?t) give a (damn|shit|toss|crap|fuck)\b
  (haven'?t|don'?t have|do not have) (got )?the (brains|sense|guts|intelligence|decency|manners|spine)\b
  (make|making|made) an? (complete |total |absolute )?(clown|fool|idiot|joke|spectacle) of yourself
  how (incompetent|useless|stupid|lazy|selfish|pathetic|clueless|thick) ${YOU} (are|were|can be)\b
  because ${YOURE} such an? (expert|genius|saint|authority|angel)\b
  \b\w+ years old and (still )?can'?t\b
  ${YOU} have the [\w ]{1,20}(range|intelligence|iq|maturity|attention span|brains|manners) of an? \w+
  nobody asked\b
  exactly what i'?d expect from ${YOU}\b
  how do(es)? ${YOU} (even )?(function|survive|cope|get by) as an? (adult|person|human|grown)
  (throw|give) ${YOU} a (parade|party|medal|gold star|round of applause)\b
  (want|deserve) a (medal|gold star|parade|cookie)\b
  (come up with|think of|figure(d)? out|work(ed)? out) (that|this|it) (all )?by yourself
  (mr|miss|little) (expert|know[- ]it[- ]all|perfect|genius)\b
  no wonder ${YOUR} (ex|wife|husband|partner|boyfriend|girlfriend|friends|kids|boss|team)\b
  go (cry|complain|whine|moan|cry about it) ([\w']+ ){0,2}to (someone|somebody|anyone) who cares
  learn (to|how to) (read|drive|listen|spell|count|cook|park)\b
  a grown (man|woman|adult|person) who can'?t\b
  must be (exhausting|nice|tiring|hard) being ${YOU}\b
  (a )?big ask for ${YOU}\b
  ${YOUR} (stupid|pathetic|ridiculous|precious|useless|idiotic|pointless) (\w+)
`;
/** Edges that only count together: scare quotes, a sarcastic "Lovely,", an eye-roll. */
const EDGES = rx`
  (^|[\s(])'[a-z][a-z -]{1,20}[a-z]'(?=[\s.,!?)]|$)
  (^|[.!?]\s+)(oh,? )?(wow|lovely|great( job| work)?|brilliant|perfect|fantastic|cool|nice one|well done|sure|impressive|amazing|really)[,.](?=\s|$)
  really appreciate it
  (gee|gosh),? thanks
  (^|[.!?]\s+)(really|very|so) (helpful|mature)\.
  because of ${YOUR}\b
  good to know where i stand
  sure, (let'?s|\w+ again)\b
  this is exhausting
  are ${YOU} serious
  \uD83D\uDE44
  ,\s*(genius|einstein|sherlock|smart guy)\b
  (the|you|ok|okay|well done|thanks),? genius\b
  (^|[.!?]\s+)(embarrassing|pathetic|tragic|laughable|unbelievable)\s*[.!]
  impressive,? really\b
  (genuinely|truly|really) impressive\b
  (^|[.!?]\s*)(typical|classy)\s*[.!]
  ${YOU} people\b
  (^|[.!?]\s*)(useless|pathetic|unbelievable|incompetent|ridiculous)\s*[.!]
  can'?t even \w+
  is an insult to\b
  (oh )?sure,? because\b
  (perhaps|maybe) (next time )?${YOU} could (try|manage|simply|just)\b
`;

export const hostility: PatternModule = {
  id: 'hostility',
  detect({ lower, joking }) {
    if (joking) return undefined;
    const spans: Span[] = [];
    const cuts = collect(CUTS, lower, spans);
    const edges = collect(EDGES, lower, spans);
    const units = cuts + edges / 2;
    if (units < 1) return undefined;
    return { spans, strength: Math.min(0.85, 0.5 + 0.1 * units), count: spans.length };
  },
  note: () => t('reflect_note_hostility'),
};
