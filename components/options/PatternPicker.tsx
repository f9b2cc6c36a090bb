import { PATTERN_IDS, type PatternId } from '@/utils/storage/schemas';
import { keyFor, t } from '@/utils/i18n';
import { Toggle } from './fields';
import { saveSettings, settings } from './settings-store';

/** The patterns the person recognises in themselves; Steady watches for these most. */
export function PatternPicker() {
  const current = settings.value;
  if (!current) return null;
  const toggle = (pattern: PatternId, on: boolean) => {
    const chosen = new Set(current.profile);
    if (on) chosen.add(pattern);
    else chosen.delete(pattern);
    // Kept in the canonical order so the stored list is stable. Watching a pattern closely switches it back on.
    void saveSettings({
      profile: PATTERN_IDS.filter((id) => chosen.has(id)),
      ...(on && current.patternsOff.includes(pattern) ? { patternsOff: current.patternsOff.filter((id) => id !== pattern) } : {}),
    });
  };
  return (
    <fieldset class="field grid">
      <legend>{t('options_profileLegend')}</legend>
      {PATTERN_IDS.map((pattern) => (
        <Toggle
          key={pattern}
          label={t(keyFor('options_pattern', pattern))}
          hint={t(keyFor('options_patternHint', pattern))}
          checked={current.profile.includes(pattern)}
          onChange={(on) => toggle(pattern, on)}
        />
      ))}
    </fieldset>
  );
}
