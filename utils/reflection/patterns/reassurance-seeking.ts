import { tCount } from '../../i18n';
import { ARE, DONT, I_AM, PLEASE, YOU, YOURE, collect, rx, type Span } from '../lexicon';
import type { PatternModule } from '../types';

const FEELING = '(mad|upset|angry|annoyed|cross|pissed|disappointed|hurt|offended|bothered|(sick|tired|bored) of me|fed up with me|weird about)';
/** Questions that ask the other person to settle a fear about the relationship. */
const ASKS = rx`
  ${ARE} ${YOU} (still |really |actually |maybe |secretly )?${FEELING}(?=\s*(at|with|about|w/?) (me|us)\b|\s*[?!.,]|\s*$|\s+(yet|now|that|because|about (what|earlier|last|yesterday|today|it|this|that)))
  ${YOURE} not (still )?${FEELING}\b[^.!\n]{0,40}(\?|\bright\b|\bare ${YOU}\b)
  (did|have) i (do|done|say|said) (something|anything)\b
  (did|have) i (mess|screw)(ed)? (it |things )?up\s*\?
  ${YOU}('?ve)? (seem(ed)?|sound(ed)?|been) (\w+ ){0,2}?(off|distant|cold|short|funny|weird) (with|to) me
  we'?re (still )?(good|ok|okay|alright|fine),? right\s*\?
  (gone|going|got|getting) (off|bored of|sick of|tired of) me\b
  (did|have) i (upset|annoy|annoyed|hurt|offend|offended|embarrass|disappoint|bother|scare|push|let) ${YOU}
  (haven'?t|hadn'?t) done (anything|something) (wrong|to (upset|annoy|hurt|offend))
  was (that|it|my|that \w+|my \w+) (\w+ ){0,5}?(ok|okay|alright|all right|too much|weird|rude|too far)\s*\?
  (is|are) (everything|we|things|us) (actually |still |really )?(ok|okay|alright|all right|good|fine)( with us| between us)?\s*\?
  (do(es)? ${YOU} )?(still|actually|really|even) (like|love|want|care about|miss|fancy) (me\b(?! to)|us\b(?! to)|to (be (friends|with me|together)|(hang out|spend time) with me)|hanging out with me|spending time with me)
  (${PLEASE} )?(say|tell me) (${YOURE}|we'?re) (not\b|(still )?(ok|okay|good|alright|fine)\b)
  ${YOU} (must|probably|prob|definitely) (hate me|be (sick|tired) of me|think i'?m)\b
  ${PLEASE} ${DONT} be (mad|angry|upset|cross|annoyed)
  (do|am) i (text|message|call|bother|annoy|talk|ask|message) (${YOU} )?(too (much|often|many)|a lot)
  am i (too much|annoying|a burden|boring|bothering ${YOU}|being (annoying|too much|clingy|needy)|just (convenient|a \w+))
  ${YOU}'?d tell me if
  (${DONT} want ${YOU} to|${YOU} ${DONT}) (secretly )?(hate|resent) me
  ${ARE} ${YOU} sure ${YOURE} (ok|okay|fine|alright|good|happy)
  (like|want|need) to know where i stand
  i (let ${YOU} down|disappointed ${YOU})\b
  still (friends|ok|okay|good)\s*\?
  (everything|things|it|we) (still )?(ok|okay|alright|good|fine|the same|same) between us
  (am i|are we) still (your )?(best friends?|friends|ok|okay|good|together)\b
  ${YOU}'?d (say|tell me) if
  i'?m not (too much|annoying|a burden|boring)\b[^.!?\n]{0,20}\b(am i|right)\b
  (like|love|prefer|fancy) (her|him|them) more than me
  tell me ${YOU} (don'?t|do|won'?t|still)\b
  (are|r) ${YOU} (still )?proud of me
  (haven'?t|didn'?t) (disappoint(ed)?|let) ${YOU}
  we'?re (definitely |still )?(good|ok|okay|alright|fine),? (right|yeah)\s*\?
  (do|did) ${YOU} regret\b
  promise (me )?${YOU}('ll| will| won'?t)\b
  worr(ied|ying) (that )?(${YOURE}|i'?ve|i) [^.!?\n]{0,30}\b(unhappy|upset|mad|angry|annoyed|cross|disappointed) (with|at|in) (me|my)\b
  ${YOURE} still happy (with|about) (me|how|us|my|what)\b
  was the \w+( \w+)? (ok|okay|alright|all right|too much)\s*\?
  (is it|are ${YOU}) (actually|really) (fine|ok|okay|alright)\s*\?
  i'?m not accusing ${YOU}
  hope ${YOURE} not (still )?${FEELING}
  ${YOU} still find me (interesting|attractive|fun|funny|pretty|sexy)\b
  still want (this|us|me)\s*\?
  (are we|we'?re) still close\b
  ${YOURE} pulling away\b
  (let me know|tell me|say) (that )?we'?re (still )?(alright|ok|okay|good|fine)\b
  \bor (ok|okay|just )?(annoyed|mad|angry|upset|cross)( with me)?\s*\??\s*$
  ${YOURE} not just being (polite|nice|kind)\b
  did i (come across|seem|sound|look|act|come off) (\w+ )?(weird|rude|off|awkward|strange|too much|cold|bad|needy|clingy|desperate)\b
  (didn'?t|doesn'?t|don'?t) like me,? (did|does|do) (she|he|they)\b
  did (she|he|they) say anything (about me|after)\b
  ${PLEASE} ${DONT} (hate|be mad at|leave|give up on) me\b
  (is|are) (everything|it|this) (ok|okay|alright|fine) with (what i|me|us)\b
  if i'?ve (upset|annoyed|hurt|offended|disappointed) ${YOU}
  was i (too much|annoying|too \w+|being \w+)\b
  (do|does|did) ([\w']+ ){1,2}(hate|dislike|mind) me\b
  (leave|dump) (me )?if (someone|somebody|anyone) better
`;
/** Signs of the worry behind the question; they deepen a finding but never make one. */
const WORRY = rx`
  (worrying|worried|can'?t sleep|bugging me|keep wondering|overthinking|been on my mind|freaking out|${I_AM} scared|going round in circles|${YOU} can tell me)\b
  wondering if
  right\s*\?{2,}
  \uD83E\uDD7A
`;

export const reassuranceSeeking: PatternModule = {
  id: 'reassurance-seeking',
  detect({ lower }) {
    const spans: Span[] = [];
    const asks = collect(ASKS, lower, spans);
    if (asks === 0) return undefined;
    const strength = (asks >= 2 ? 0.75 : 0.6) + (collect(WORRY, lower, []) > 0 ? 0.1 : 0);
    return { spans, strength, count: asks };
  },
  note: ({ count: asks }) => tCount('reflect_note_reassurance_seeking', asks),
};
