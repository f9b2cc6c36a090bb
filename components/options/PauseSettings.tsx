import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/storage';
import { Choice, NumberField, Select, Toggle } from './fields';
import { hourOptions } from './format';
import { saveSettings } from './settings-store';
import { lazyView } from '@/components/lazy-view';

// The analyzer is most of the options page's code: the preview loads it once the page is drawn.
const Preview = lazyView(() => import('./Preview').then((module) => module.Preview));

/** When Steady pauses, how closely it looks, and how long the pause lasts. */
export function PauseSettings({ settings }: { settings: Settings }) {
  const hours = hourOptions();
  const quiet = settings.quietHours;
  return (
    <>
      <Choice
        legend={t('options_pauseModeLegend')}
        name="pauseMode"
        value={settings.pauseMode}
        options={[
          { value: 'charged', label: t('options_pauseMode_charged') },
          { value: 'always', label: t('options_pauseMode_always') },
          { value: 'off', label: t('options_pauseMode_off') },
        ]}
        onChange={(pauseMode) => void saveSettings({ pauseMode })}
      />
      <Choice
        legend={t('options_sensitivityLegend')}
        name="sensitivity"
        value={settings.sensitivity}
        options={[
          { value: 'gentle', label: t('options_sensitivity_gentle') },
          { value: 'balanced', label: t('options_sensitivity_balanced') },
          { value: 'watchful', label: t('options_sensitivity_watchful') },
        ]}
        onChange={(sensitivity) => void saveSettings({ sensitivity })}
      />
      <Preview settings={settings} />
      <NumberField
        label={t('options_pauseSecondsLabel')}
        hint={t('options_pauseSecondsHint')}
        value={settings.pauseSeconds}
        min={3}
        max={60}
        onChange={(pauseSeconds) => void saveSettings({ pauseSeconds })}
      />
      <NumberField
        label={t('options_minimumWaitLabel')}
        hint={t('options_minimumWaitHint')}
        value={settings.minimumWaitSeconds}
        min={0}
        max={30}
        onChange={(minimumWaitSeconds) => void saveSettings({ minimumWaitSeconds })}
      />
      <Toggle
        label={t('options_quietHoursLabel')}
        hint={t('options_quietHoursHint')}
        checked={quiet.enabled}
        onChange={(enabled) => void saveSettings({ quietHours: { ...quiet, enabled } })}
      />
      <div class="inline">
        <Select
          label={t('options_quietHoursStart')}
          value={quiet.start}
          options={hours}
          disabled={!quiet.enabled}
          onChange={(start) => void saveSettings({ quietHours: { ...quiet, start } })}
        />
        <Select
          label={t('options_quietHoursEnd')}
          value={quiet.end}
          options={hours}
          disabled={!quiet.enabled}
          onChange={(end) => void saveSettings({ quietHours: { ...quiet, end } })}
        />
      </div>
    </>
  );
}
