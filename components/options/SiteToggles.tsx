import { SUPPORTED_SITE_IDS } from '@/utils/storage/schemas';
import { keyFor, t } from '@/utils/i18n';
import { Toggle } from './fields';
import { saveSettings, settings } from './settings-store';

/** One switch per built-in site (used by the options page and the welcome tour). */
export function SiteToggles() {
  const current = settings.value;
  if (!current) return null;
  return (
    <fieldset class="field grid">
      <legend>{t('options_sitesLegend')}</legend>
      {SUPPORTED_SITE_IDS.map((site) => (
        <Toggle
          key={site}
          label={t(keyFor('options_site', site))}
          checked={current.sites[site] ?? true}
          onChange={(on) => void saveSettings({ sites: { ...current.sites, [site]: on } })}
        />
      ))}
    </fieldset>
  );
}
