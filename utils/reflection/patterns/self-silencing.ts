import { tCount } from '../../i18n';
import { DONT, I_AM, PLEASE, YOU, YOURE, collect, rx, type Span } from '../lexicon';
import type { PatternModule } from '../types';

/** Taking a need back or shrinking it to nothing. */
const SHRINKS = rx`
  it'?s ((honestly|really|seriously|just|probably|totally|so|truly|such) )*(nothing|no big deal|not (a )?big deal|not important|unimportant|nothing important)\b(?! (serious|new|wrong|major))
  (dumb|stupid|silly) question
  (it )?doesn'?t matter what i (want|think|need|feel)\b
  (what i (want|think|need|feel)|my (feelings|needs)) (really )?(doesn'?t|don'?t) (really )?matter
  (pretend|forget) i (never |didn'?t |did not )?(said|say|asked|ask|mentioned|mention|brought|bring)\b
  ${YOU} ${DONT} need to hear (about )?(my|this|me)\b
  (${PLEASE} )?(not|${DONT}) change (anything|a thing) for me
  i shouldn'?t have (asked|said|mentioned|brought)\b
  ${DONT} give it a second thought
  tone (it|myself) down
  tak(e|ing) up (so much |too much )?(space|room)\b
  i'?d hate (for (anyone|you|people)|to be a|to bother|to put|to trouble|to make)\b
  i ${DONT} need (the|a|any|anything)\b[^.!?\n]{0,40}\bor anything
  my (opinion|feelings?|needs|view|vote|say|plans|time|wishes) (doesn'?t|don'?t|never) (really )?(count|matter)s?\b(?! (much|as much))
  (isn'?t|is not|not) (a |that )?(big|huge) deal
  ${DONT} change ${YOU}r plans (for me|on my account|because of me)
  (${PLEASE} )?(just )?(ignore|disregard) my (last |previous |earlier )?(message|text|email|request|question|comment|concerns|feedback|point)\b
  not a real problem
  keep my mouth shut
  my (own )?fault for (asking|relying|expecting|bringing|trusting|thinking)\b
  i (don'?t|never) (really )?get a say\b
  (${PLEASE} )?(just )?ignore me\s*[.!]?\s*$
  (not|n'?t) worth the (fuss|trouble|bother|effort)\b
  didn'?t (really )?want to (go|come|do it|have it)\b[^.!?\n]{0,30}\banyway\b
  (ignore|forget|disregard) what i said\b
  (selfish|silly|stupid|wrong|greedy) of me to (ask|say|mention|bring|want|expect)\b
  i'?ll go along with (whatever|anything|it)\b
`;
/** Gentler ways of stepping back; several together make the pattern. */
const STEPS_BACK = rx`
  no worries if (not|${YOURE} (too )?busy|${YOU} can'?t)\b
  ${YOU} ${DONT} (have|need) to (answer|reply|come|respond|do anything)\b
  (${PLEASE} )?${DONT} feel (bad|obliged|guilty|like ${YOU} have to)\b
  no need to (reply|respond|do anything|make a fuss|come|answer)\b
  ${I_AM} (totally |honestly |completely |really )?fine
  (^|[.!?,]\s*)(nope,? )?(all good|it'?s fine)\b
  (honestly|really|but) (nope,? )?(all good|it'?s fine)\b
  (never ?mind|nvm)\b
  (it'?s|it was) (just |a )?(silly|stupid|dumb)\b
  (i'?ll|i can) ((manage|cope)( on my own| alone| somehow)?(?![ \w])|(figure|sort) it out (myself|alone)\b)
  i'?ll (just )?deal with it\b
  (^|[.!?]\s*)leave it\b
  ${YOURE} (\w+ )?busy
  whatever'?s easiest
  happy to just
  ${DONT} want to (be a )?(bother|burden|impose|nuisance)
  i'?ll (just )?(leave it|drop it|let it go)\b
  in the background
  without me
  (it )?(really |honestly )?doesn'?t matter
  ${I_AM} being (silly|stupid|dramatic|needy|ridiculous|too much)\b
  ${I_AM} (just |probably )?overreacting\b
  ${I_AM} (too|so) (needy|clingy|much|demanding|sensitive)\b
  i'?ll stop (asking|bothering|bugging|texting|calling|messaging)\b
  i'?ll manage ([\w']+ ){0,2}somehow\b
  ${DONT} go to any trouble\b
  should'?(ve| have) (just )?(done|sorted|fixed|asked) (it|them)? ?(myself|alone)\b
  i'?ll (just )?do (it|them|this|that|everything) (myself|alone)\b
  ${I_AM} (so |such an? )?(annoying|needy|neat freak|pain|nag)\b
  (would it be|is it) at all possible\b
  (enjoy it|like it|deserve it) more than me\b
  whatever ${YOU} (want|decide|prefer|think|choose)('s| is)? fine\b
  being (over)?sensitive\b
  ${DONT} want to cause (any )?(friction|trouble|problems|drama|fuss)\b
  (it'?s|${I_AM}) grand\b
  (it'?s )?not my place\b
  scrap (that|what i said)\b
  (just )?go with whatever (the others|everyone|you|they|he|she)\b
  keep (it|them|this|my \w+) to myself\b
  i can ([\w']+ ){0,3}?(alone|myself|on my own|somehow|later)\b
  (${YOU}'?ve|${YOU}) (got|have) enough (going on|on ${YOU}r plate|on)\b
  ${DONT} worry about (me|it)\b
  i ${DONT} need anything\s*[,.!]
  only if it'?s no (bother|trouble)\b
  feel free to ignore
  ${PLEASE} ignore (this|me)\b
  ignore me
  scrap that
  totally fine if
  (it'?s|is) no problem
  no big deal
  would do (a )?better job
  too old for
  any trouble
  tiny thing
`;

/** "Never mind, found it": the need was met, not dropped. */
/** "Not a big deal, but I'd like to be asked": the need is named after all. */
const NAMED_NEED = /\bbut (i'?d (like|prefer|rather)|i (need|want)|can we|could we|please|next time)\b/;
const RESOLVED =
  /\b(wrong (file|attachment|link|version|one|person|chat)|correct (one|file|version|link)|already (sent|found|got|sorted|done|did)|found (it|one|them)|(sorted|fixed|figured) it( out)?|all sorted|turned up|had (another|one|more))\b/;

export const selfSilencing: PatternModule = {
  id: 'self-silencing',
  detect({ lower }) {
    const spans: Span[] = [];
    const shrinks = collect(SHRINKS, lower, spans);
    const steps = collect(STEPS_BACK, lower, spans);
    if (shrinks === 0 && steps < 2) return undefined;
    const units = shrinks + steps / 2 - (NAMED_NEED.test(lower) || RESOLVED.test(lower) ? 1 : 0);
    if (units < 1) return undefined;
    return { spans, strength: Math.min(0.8, 0.45 + 0.1 * units), count: spans.length };
  },
  note: ({ count: times }) => tCount('reflect_note_self_silencing', times),
};
