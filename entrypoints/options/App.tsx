import { useEffect } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { followSettings, settings } from '@/components/options/settings-store';
import { Section } from '@/components/options/fields';
import { SiteToggles } from '@/components/options/SiteToggles';
import { AddedSites } from '@/components/options/AddedSites';
import { PauseSettings } from '@/components/options/PauseSettings';
import { PatternPicker, PatternsOff } from '@/components/options/PatternPicker';
import { RhythmSettings } from '@/components/options/RhythmSettings';
import { AppearanceSettings } from '@/components/options/AppearanceSettings';
import { DataSettings } from '@/components/options/DataSettings';
import { Learned } from '@/components/options/Learned';
import '@/components/options/options.css';

export function App() {
  useEffect(() => followSettings(), []);
  const current = settings.value;
  return (
    <main class="settings">
      <h1>{t('optionsHeading')}</h1>
      <p class="muted">{t('options_intro')}</p>
      <p>
        <a href="/onboarding.html">{t('options_reopenTour')}</a> · <a href="/trends.html">{t('trends_open')}</a> ·{' '}
        <a href="/session.html">{t('session_open')}</a>
      </p>
      {current && (
        <>
          <Section id="sites" title={t('options_sitesTitle')} intro={t('options_sitesIntro')}>
            <SiteToggles />
            <AddedSites />
          </Section>
          <Section id="pause" title={t('options_pauseTitle')}>
            <PauseSettings settings={current} />
          </Section>
          <Section id="patterns" title={t('options_patternsTitle')} intro={t('options_patternsIntro')}>
            <PatternPicker />
            <PatternsOff />
          </Section>
          <Section id="learned" title={t('options_learnedTitle')} intro={t('options_learnedIntro')}>
            <Learned />
          </Section>
          <Section id="rhythm" title={t('options_rhythmTitle')}>
            <RhythmSettings settings={current} />
          </Section>
          <Section id="appearance" title={t('options_appearanceTitle')}>
            <AppearanceSettings settings={current} />
          </Section>
          <Section id="data" title={t('data_title')} intro={t('data_intro')}>
            <DataSettings settings={current} />
          </Section>
        </>
      )}
    </main>
  );
}
