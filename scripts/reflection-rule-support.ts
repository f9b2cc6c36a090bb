import { allLexicons } from '../utils/reflection/lexicon';
import { englishClasses } from '../utils/reflection/classes/en';
import { spanishClasses } from '../utils/reflection/classes/es';
import { CLASS_IDS, alternativesOf } from '../utils/reflection/classes/types';
import type { Row } from './reflection-data';

/**
 * How many training drafts each rule alternative (a line of a pattern's lexicon, or one choice of
 * a word class) fires on. An alternative that fires on one draft only was most likely written
 * from that draft: it names a message, not a kind of wording. Prints counts and the rules' own
 * source, never a draft.
 */
export type Support = { alternatives: number; once: number; never: number; onceSources: string[] };

function supportOf(sources: readonly string[], texts: readonly string[]): Support {
  const support: Support = { alternatives: sources.length, once: 0, never: 0, onceSources: [] };
  for (const source of sources) {
    const pattern = new RegExp(source);
    let drafts = 0;
    for (const text of texts) if (pattern.test(text) && ++drafts > 1) break;
    if (drafts === 0) support.never++;
    if (drafts === 1) {
      support.once++;
      support.onceSources.push(source);
    }
  }
  return support;
}

/** The English pattern rules are read against English drafts; each language's classes against its own. */
export function ruleSupport(english: readonly Row[], spanish: readonly Row[]): Record<string, Support> {
  const lower = english.map((row) => row.reading.prepared.lower);
  const classSources = (classes: typeof englishClasses) => CLASS_IDS.flatMap((id) => alternativesOf(classes[id]));
  return {
    'English pattern rules': supportOf(
      allLexicons().flatMap((lexicon) => lexicon.alternatives),
      lower,
    ),
    'English word classes': supportOf(
      classSources(englishClasses),
      english.map((row) => row.reading.folded),
    ),
    'Spanish word classes': supportOf(
      classSources(spanishClasses),
      spanish.map((row) => row.reading.folded),
    ),
  };
}

export function printRuleSupport(english: readonly Row[], spanish: readonly Row[], { list = false } = {}): void {
  for (const [name, { alternatives, once, never, onceSources }] of Object.entries(ruleSupport(english, spanish))) {
    const share = (count: number) => `${((100 * count) / Math.max(1, alternatives)).toFixed(1)}%`;
    console.log(`${name}: ${alternatives} alternatives; ${once} (${share(once)}) fire on exactly one training draft, ${never} (${share(never)}) on none`);
    if (list) for (const source of onceSources) console.log(`  once: ${source}`);
  }
}
