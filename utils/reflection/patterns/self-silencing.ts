import { tCount } from '../../i18n';
import { DONT, I_AM, PLEASE, YOU, YOURE, collect, rx, type Span } from '../lexicon';
import type { PatternModule } from '../types';

/** Taking a need back or shrinking it to nothing. */
const SHRINKS = rx(
  [
    `\\bit'?s ((honestly|really|seriously|just|probably|totally|so|truly|such) )*(nothing|no big deal|not (a )?big deal|not important|unimportant|nothing important)\\b(?! (serious|new|wrong|major))`,
    `\\b(dumb|stupid|silly) question\\b`,
    `\\b(it )?doesn'?t matter what i (want|think|need|feel)\\b|\\bwhat i (want|think|need|feel) doesn'?t matter\\b`,
    `\\b(pretend|forget) i (never )?(said|asked|mentioned|brought)\\b`,
    `\\bi shouldn'?t have (asked|said|mentioned|brought)\\b`,
    `\\b${DONT} give it a second thought\\b`,
    `\\btone (it|myself) down\\b`,
    `\\btak(e|ing) up (so much |too much )?(space|room)\\b`,
    `\\bi'?d hate (for (anyone|you|people)|to be a|to bother|to put|to trouble|to make)\\b`,
    `\\bi ${DONT} need (the|a|any|anything)\\b[^.!?\\n]{0,40}\\bor anything\\b`,
  ].join('|'),
);
/** Gentler ways of stepping back; several together make the pattern. */
const STEPS_BACK = rx(
  [
    `\\bno worries if (not|${YOURE} (too )?busy|${YOU} can'?t)\\b`,
    `\\b${YOU} (${DONT}|do not) (have|need) to (answer|reply|come|respond|do anything)\\b`,
    `\\b(${PLEASE} )?${DONT} feel (bad|obliged|guilty|like ${YOU} have to)\\b`,
    `\\bno need to (reply|respond|do anything|make a fuss|come|answer)\\b`,
    `\\b${I_AM} (totally |honestly |completely |really )?fine\\b`,
    `(^|[.!?]\\s*)(nope,? )?(all good|it'?s fine)\\b`,
    `\\bwhatever'?s easiest\\b|\\bhappy to just\\b|\\bin the background\\b`,
    `\\bwithout me\\b|\\b(it )?(really |honestly )?doesn'?t matter\\b|\\b${I_AM} being (silly|stupid|dramatic|needy|ridiculous|too much)\\b`,
    `\\bi can ([\\w']+ ){0,3}?(alone|myself|on my own|somehow|later)\\b`,
    `\\b(${YOU}'?ve|${YOU}) (got|have) enough (going on|on ${YOU}r plate|on)\\b`,
    `\\b${DONT} worry about (me|it)\\b`,
    `\\bonly if it'?s no (bother|trouble)\\b`,
    `\\bfeel free to ignore\\b|\\b${PLEASE} ignore (this|me)\\b|\\bignore me\\b|\\bscrap that\\b`,
    `\\btotally fine if\\b|\\bit'?s no problem\\b|\\bno big deal\\b`,
    `\\bwould do (a )?better job\\b|\\btoo old for\\b|\\bany trouble\\b|\\btiny thing\\b`,
  ].join('|'),
);

export const selfSilencing: PatternModule = {
  id: 'self-silencing',
  detect({ lower }) {
    const spans: Span[] = [];
    const shrinks = collect(SHRINKS, lower, spans);
    const steps = collect(STEPS_BACK, lower, spans);
    if (shrinks === 0 && steps < 2) return undefined;
    const units = shrinks + steps / 2;
    return { spans, strength: Math.min(0.8, 0.45 + 0.1 * units), count: spans.length };
  },
  note: ({ count: times }) => tCount('reflect_note_self_silencing', times),
};
