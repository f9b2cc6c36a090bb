import { PATTERN_IDS, type PatternId } from '@/utils/storage/schemas';
import { keyFor, t } from '@/utils/i18n';
import { Toggle } from './fields';
import { saveSettings, settings } from './settings-store';

/**
 * The patterns the person switched off. Steady's own learning only ever waits for stronger
 * signs; switching a pattern off entirely is the person's choice alone, made here.
 */
export function PatternsOff() {
  const current = settings.value;
  if (!current) return null;
  const toggle = (pattern: PatternId, off: boolean) => {
    const chosen = new Set(current.patternsOff);
    if (off) chosen.add(pattern);
    else chosen.delete(pattern);
    // A pattern Steady no longer pauses for is no longer one to watch more closely either.
    void saveSettings({
      patternsOff: PATTERN_IDS.filter((id) => chosen.has(id)),
      ...(off && current.profile.includes(pattern) ? { profile: current.profile.filter((id) => id !== pattern) } : {}),
    });
  };
  return (
    <fieldset class="field grid">
      <legend>{t('options_patternsOffLegend')}</legend>
      <p class="hint muted">{t('options_patternsOffHint')}</p>
      {PATTERN_IDS.map((pattern) => (
        <Toggle
          key={pattern}
          name="patterns-off"
          label={t(keyFor('options_pattern', pattern))}
          checked={current.patternsOff.includes(pattern)}
          onChange={(off) => toggle(pattern, off)}
        />
      ))}
    </fieldset>
  );
}
