import { t } from '@/utils/i18n';

export const TOUR_STEPS = ['welcome', 'privacy', 'sites', 'patterns', 'try'] as const;
export type TourStepId = (typeof TOUR_STEPS)[number];

/** The words of each step; the sites and patterns steps add their pickers below. */
export function TourStep({ id }: { id: TourStepId }) {
  switch (id) {
    case 'welcome':
      return (
        <>
          <p>{t('onboarding_welcomeBody')}</p>
          <ul>
            <li>{t('onboarding_welcomeDoes1')}</li>
            <li>{t('onboarding_welcomeDoes2')}</li>
            <li>{t('onboarding_welcomeDoes3')}</li>
          </ul>
          <p>{t('onboarding_welcomeDoesNot')}</p>
        </>
      );
    case 'privacy':
      return (
        <ul>
          <li>{t('onboarding_privacy1')}</li>
          <li>{t('onboarding_privacy2')}</li>
          <li>{t('onboarding_privacy3')}</li>
        </ul>
      );
    case 'sites':
      return <p>{t('onboarding_sitesBody')}</p>;
    case 'patterns':
      return <p>{t('onboarding_patternsBody')}</p>;
    case 'try':
      return (
        <>
          <p>{t('onboarding_tryBody')}</p>
          <p>
            <a href="/practice.html">{t('onboarding_tryLink')}</a>
          </p>
          <p class="muted">{t('onboarding_notTherapy')}</p>
        </>
      );
  }
}
