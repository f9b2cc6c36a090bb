import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { followSettings, saveSettings, settings } from '@/components/options/settings-store';
import { SiteToggles } from '@/components/options/SiteToggles';
import { PatternPicker } from '@/components/options/PatternPicker';
import { TourStep, TOUR_STEPS } from './steps';
import '@/components/options/options.css';

/** The welcome tour: a few short steps, every one skippable. */
export function App() {
  useEffect(() => followSettings(), []);
  const step = useSignal(0);
  const finished = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus to the new step's heading tells keyboard and screen reader users where they are.
  // Not on load: the page starts at its top anyway, and a ring on a heading nobody moved to is noise.
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step.value, finished.value]);

  const finish = () => {
    finished.value = true;
    void saveSettings({ onboarded: true });
  };

  if (finished.value) {
    return (
      <main class="settings">
        <h1 ref={heading} tabIndex={-1}>
          {t('onboarding_doneTitle')}
        </h1>
        <p>{t('onboarding_doneBody')}</p>
        <p>
          <a href="/options.html">{t('onboarding_openOptions')}</a>
        </p>
      </main>
    );
  }

  const last = step.value === TOUR_STEPS.length - 1;
  const id = TOUR_STEPS[step.value];
  return (
    <main class="settings">
      <h1>{t('onboardingHeading')}</h1>
      <p class="steps">{t('onboarding_progress', [step.value + 1, TOUR_STEPS.length])}</p>
      <section class="card" aria-labelledby="step-title">
        <h2 id="step-title" ref={heading} tabIndex={-1}>
          {t(`onboarding_${id}Title`)}
        </h2>
        <TourStep id={id} />
        {id === 'sites' && settings.value && <SiteToggles />}
        {id === 'patterns' && settings.value && <PatternPicker />}
      </section>
      <nav class="actions" aria-label={t('onboarding_navLabel')}>
        {step.value > 0 && (
          <button type="button" onClick={() => step.value--}>
            {t('onboarding_back')}
          </button>
        )}
        <button type="button" class="primary" onClick={() => (last ? finish() : step.value++)}>
          {last ? t('onboarding_finish') : t('onboarding_next')}
        </button>
        {!last && (
          <button type="button" onClick={finish}>
            {t('onboarding_skip')}
          </button>
        )}
      </nav>
    </main>
  );
}
