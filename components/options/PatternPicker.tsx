import { PATTERN_IDS, type PatternId } from '@/utils/storage/schemas';
import { keyFor, t } from '@/utils/i18n';
import { Toggle } from './fields';
import { saveSettings, settings } from './settings-store';

type PatternList = 'profile' | 'patternsOff';
/** A pattern is watched closely or switched off, never both: joining one list leaves the other. */
const OTHER_LIST: Record<PatternList, PatternList> = { profile: 'patternsOff', patternsOff: 'profile' };

function PatternToggles({ list, legend, hint, examples }: { list: PatternList; legend: string; hint?: string; examples?: boolean }) {
  const current = settings.value;
  if (!current) return null;
  const toggle = (pattern: PatternId, on: boolean) => {
    const chosen = new Set(current[list]);
    if (on) chosen.add(pattern);
    else chosen.delete(pattern);
    const other = OTHER_LIST[list];
    // Kept in the canonical order so the stored list is stable.
    void saveSettings({
      [list]: PATTERN_IDS.filter((id) => chosen.has(id)),
      ...(on && current[other].includes(pattern) ? { [other]: current[other].filter((id) => id !== pattern) } : {}),
    });
  };
  return (
    <fieldset class="field grid">
      <legend>{legend}</legend>
      {hint && <p class="hint muted">{hint}</p>}
      {PATTERN_IDS.map((pattern) => (
        <Toggle
          key={pattern}
          name={list}
          label={t(keyFor('options_pattern', pattern))}
          hint={examples ? t(keyFor('options_patternHint', pattern)) : undefined}
          checked={current[list].includes(pattern)}
          onChange={(on) => toggle(pattern, on)}
        />
      ))}
    </fieldset>
  );
}

/** The patterns the person recognises in themselves; Steady watches for these most. */
export function PatternPicker() {
  return <PatternToggles list="profile" legend={t('options_profileLegend')} examples />;
}

/**
 * The patterns the person switched off. Steady's own learning only ever waits for stronger
 * signs; switching a pattern off entirely is the person's choice alone, made here.
 */
export function PatternsOff() {
  return <PatternToggles list="patternsOff" legend={t('options_patternsOffLegend')} hint={t('options_patternsOffHint')} />;
}
