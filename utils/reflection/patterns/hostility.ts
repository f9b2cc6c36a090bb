import { t } from '../../i18n';
import { I_AM, YOU, YOUR, YOURE, collect, rx, type Span } from '../lexicon';
import type { PatternModule } from '../types';

const INSULT = '(useless|stupid|pathetic|incompetent|impossible|unbelievable|a joke|an idiot|idiot|moron|selfish|lazy|unreliable|ridiculous|clueless|hopeless|a nightmare|the worst|a disgrace|insufferable|an embarrassment|a liar|dense|thick|brainless|spineless|childish|deaf)';
/** Contempt and sarcasm aimed at the other person. */
const CUTS = rx(
  [
    `\\b${YOURE} (?!not\\b|never\\b)([\\w']+ )?(so |such an? |the most |a complete |an absolute |totally |honestly |just )*${INSULT}\\b`,
    `\\bthe most (useless|unreliable|selfish|lazy|incompetent|annoying|pathetic|inconsiderate|arrogant) \\w+`,
    `\\bhow hard (is it|can it be|was it|could it be)\\b`,
    `\\bdo ${YOU} (actually|even|ever) (read|listen|think|check|pay attention)\\b`,
    `\\bremind me (again )?why\\b`,
    `\\bhow do(es)? (${YOU}|one) (even )?manage to\\b`,
    `\\bwith ${YOUR} eyes closed\\b`,
    `\\blook who('s| has)? (finally|decided|remembered)\\b`,
    `\\bnice of ${YOU} to (finally|bother|show|grace)\\b`,
    `\\bwhat part of (no\\b|[^?.!\\n]{1,30} (is (so |proving (so )?)?(hard|difficult|unclear|confusing)|don'?t you (get|understand)))`,
    `\\b(are|r) ${YOU} ([\\w']+ ){0,2}${INSULT}\\b`,
    `\\b(great|good|nice|fantastic|brilliant) (work|job|going) (breaking|ruining|losing|forgetting|ignoring|messing|wrecking)\\b`,
    `\\bthanks (a lot |a bunch |so much )?for (ruining|nothing|wasting|ignoring|breaking|embarrassing|making (me|this|it) (look|feel))\\b`,
    `\\bto ${YOU} slowly\\b`,
    `\\b${I_AM} not ${YOUR} (babysitter|mum|mom|mother|maid|servant|secretary|assistant|personal assistant|dad|parent|cleaner)\\b`,
    `\\blove how ${YOU}\\b`,
    `\\bcouldn'?t have ([\\w']+ ){1,4}without ${YOU}\\b`,
    `\\bthe (person|guy|one|woman|man|genius) who ([\\w']+ ){0,2}?(lost|broke|forgot|ruined|messed|crashed|failed|screwed)\\b`,
    `\\b(are|r) ${YOU} kidding me\\b|\\bthanks for nothing\\b|\\bcongrats on being\\b|\\bwhat('s| is) wrong with ${YOU}\\b`,
    `\\b(shut up|grow up|get a (clue|grip|life))\\b|\\b${YOU} (absolute |complete |total )?(idiot|moron|loser|jerk|clown)\\b`,
    `\\bthanks (so much )?for the '[^'\\n]{1,24}'`,
  ].join('|'),
);
/** Edges that only count together: scare quotes, a sarcastic "Lovely,", an eye-roll. */
const EDGES = rx(
  [
    `(^|[\\s(])'[a-z][a-z -]{1,20}[a-z]'(?=[\\s.,!?)]|$)`,
    `(^|[.!?]\\s+)(wow|lovely|great( job| work)?|brilliant|perfect|fantastic|cool|nice one|well done|sure)[,.](?=\\s|$)`,
    `\\breally appreciate it\\b|\\bbecause of ${YOUR}\\b|\\bgood to know where i stand\\b`,
    `\\bsure, (let'?s|\\w+ again)\\b|\\bthis is exhausting\\b|\\bare ${YOU} serious\\b`,
    `\\uD83D\\uDE44|,\\s*(genius|einstein|sherlock|smart guy)\\b`,
  ].join('|'),
);

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
