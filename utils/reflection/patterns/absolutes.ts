import { tCount } from '../../i18n';
import { collect, rx, sentenceAt, type Span } from '../lexicon';
import type { PatternModule } from '../types';

const EVERY =
  '(every\\W{1,3}(single\\W{1,3})?(time|one|day|week|weekend|month|year|christmas|birthday|holiday|meeting|production|morning|night|evening|\\w+\\W{1,3}time))';
const ABSOLUTE = rx`
  (always|never( once| ever)?|${EVERY}|nobody|no one|(none|not one) of (you|u|them)|not once|not (a|one) single \w+|only ever|constantly|(?<!(take|have|got|with) )all the time(?! (you|in)\b))\b
`;
/** Who the sweeping word is about: absolutes aimed at "you" or a group sting; about oneself, they rarely do. */
const AIMED = /\balways me\b|\b(you|u|your|ur|you're|youre|you've|this (team|company|family|house|place|office)|they|all of you|everyone|everybody|people)\b/;
const SELF_BEFORE = /\b(i|i'm|im|i've|i'll|i'd|we|we're|we've|we'll)\s+(\w+\s+)?$/;
/** "nobody ever helps": a habit, unlike "nobody told me". */
const EVER_NOW = /\bever (\w+s|does|has)\b/;
const SOFTENED = /\b(not|almost|nearly)\s+$/;
/** "you never disappoint", "you never need to apologise": praise, reassurance, or plain experience. */
const KIND_NEVER =
  /^(ever )?(miss(es)?|disappoints?|fails? to|let (me|us) down|cease|need to|have to|been|seen|tried|heard|met|mind|(going to |gonna )?(guess|believe)|wants? to (leave|stop|go home))\b/;
/** "always welcome", "you always make my day": warmth, not reproach. */
const WARM =
  /\b(lov(e|es|ed)|welcome|proud|best|great|amazing|brilliant|thanks?|glad|happy|better|kind|good job|there for me|make (me|my)|cheer)\b|[\u2764\u{1F495}\u{1F496}\u{1F60A}\u{1F970}\u{1F917}]/u;

/** The clause around `index`: "the bus is always late, I'll meet you inside" aims nothing at "you". */
function clauseAt(text: string, index: number, sentence: Span): string {
  const before = text.slice(sentence.start, index);
  const start = sentence.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const rest = text.slice(index, sentence.end).search(/[,;]/);
  return text.slice(start, rest < 0 ? sentence.end : index + rest);
}

export const absolutes: PatternModule = {
  id: 'absolutes',
  detect({ lower, joking }) {
    if (joking) return undefined;
    const spans: Span[] = [];
    collect(ABSOLUTE, lower, spans, (match) => {
      const start = match.index;
      const before = lower.slice(Math.max(0, start - 16), start);
      if (SELF_BEFORE.test(before) || SOFTENED.test(before)) return false;
      const sentence = sentenceAt(lower, start);
      const after = lower.slice(start + match[0].length, sentence.end).trimStart();
      if (
        (match[0].startsWith('never') && KIND_NEVER.test(after)) ||
        (match[0] === 'always' && /^(says|said|tells?|told|warns?|warned)\b/.test(after)) ||
        WARM.test(lower.slice(sentence.start, sentence.end + 3))
      )
        return false;
      const people = match[0] === 'nobody' || match[0] === 'no one';
      if (/^(none|not one) of/.test(match[0])) return /^((has|have) )?ever\b/.test(after);
      if (people) return EVER_NOW.test(after) || /^[^,;]*?\b(has|have|had) (ever|once|even once)\b/.test(after);
      // A bare echo ("Every. Single. Time.") counts once the draft has already aimed one.
      return spans.length > 0 || AIMED.test(clauseAt(lower, start, sentence));
    });
    if (spans.length === 0) return undefined;
    return { spans, strength: Math.min(0.8, 0.45 + 0.1 * spans.length), count: spans.length };
  },
  note: ({ count }) => tCount('reflect_note_absolutes', count),
};
