import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/storage';
import { Choice, Toggle } from './fields';
import { saveSettings } from './settings-store';

/** Theme, the optional toolbar count, and syncing settings between the person's browsers. */
export function AppearanceSettings({ settings }: { settings: Settings }) {
  return (
    <>
      <Choice
        legend={t('options_themeLegend')}
        name="theme"
        value={settings.theme}
        options={[
          { value: 'system', label: t('options_theme_system') },
          { value: 'light', label: t('options_theme_light') },
          { value: 'dark', label: t('options_theme_dark') },
        ]}
        onChange={(theme) => void saveSettings({ theme })}
      />
      <Toggle label={t('options_badgeLabel')} hint={t('options_badgeHint')} checked={settings.badge} onChange={(badge) => void saveSettings({ badge })} />
      <Toggle
        label={t('options_syncLabel')}
        hint={t('options_syncHint')}
        checked={settings.syncSettings}
        onChange={(syncSettings) => void saveSettings({ syncSettings })}
      />
    </>
  );
}
