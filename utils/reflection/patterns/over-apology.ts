import { tCount } from '../../i18n';
import { I_AM, SORRY, YOU, collect, rx, type Span } from '../lexicon';
import type { PatternModule } from '../types';

const APOLOGY = rx`
  (${SORRY}|apolog(y|ies|i[sz]e[sd]?|i[sz]ing)|forgive me|my bad|pardon me)\b
`;
/** Sorry *for them* (sympathy) or sorry *to tell* (news) is not an apology for oneself. */
const NOT_FOR_SELF =
  /^[\s!,]*(to (hear|share|say|report|inform|announce|tell you|let you know|learn)|for (your|the loss)|about (your|the loss|what happened to)|(that )?(you('re| are) going through|that happened to you))/;
const WAVED_OFF = /(no need to (say |be )?|don'?t (be |say )?|never need to |stop |not |nothing to |no )$/;
const INTENSE = /(so+|really|deeply|truly|very|terribly|sincere|sincerely|so so)\s+$/;
const SELF_BLAME = rx`
  ${I_AM} (such an? |a |the |an )(burden|disaster|mess|idiot|pest|failure|nuisance|pain|worst|embarrassment)\b
  ${I_AM} (so |such |really )?(mortified|embarrassed|ashamed|an idiot|hopeless|useless|pathetic|the worst)\b
  i feel (so |really )?(terrible|awful|horrible|sick about)\b
  (being|such) a (pest|burden|nuisance|pain)\b
  wasting (your|everyone'?s) time\b
  taking up (so much of |any more of )?(your|everyone'?s) time\b
  (completely |totally )?unacceptable of me\b
  i hate myself\b
  driving (you|everyone) (mad|crazy|up the wall)\b
  stuck with me\b
  (mess|messing|screw|screwing) (everything|it all|things) up\b
  ruin(ing)? everything\b
  (for )?(existing|being (so |such an? )?(annoying|useless|needy|clingy|difficult|awful|terrible|a pain|a mess))\b
  i (was|am|'m|m) (so |such )?(awful|terrible|horrible|useless|the worst|an? (terrible|awful|rubbish|useless|horrible|bad|crap|shit) \w+|awful company)\b
  ${YOU} deserve (so much |much |way )?better\b
  (been|being) (such )?a (downer|drag|mess|pain|burden)\b
`;

/** Several apologies, or one wrapped in self-criticism: sorrow beyond what the moment asks for. */
export const overApology: PatternModule = {
  id: 'over-apology',
  detect({ lower }) {
    const spans: Span[] = [];
    let intense = false;
    const apologies = collect(APOLOGY, lower, spans, (match) => {
      const end = match.index + match[0].length;
      const before = lower.slice(Math.max(0, match.index - 20), match.index);
      if (NOT_FOR_SELF.test(lower.slice(end, end + 30)) || WAVED_OFF.test(before)) return false;
      intense ||= INTENSE.test(before);
      return true;
    });
    if (apologies === 0) return undefined;
    const blame = collect(SELF_BLAME, lower, spans);
    if (apologies < 2 && blame === 0) return undefined;
    const units = apologies + blame;
    const strength = (units >= 4 ? 0.8 : units === 3 ? 0.6 : 0.4) + (blame > 0 ? 0.1 : intense ? 0.05 : 0);
    return { spans, strength, count: apologies };
  },
  note: ({ count }) => tCount('reflect_note_over_apology', count),
};
