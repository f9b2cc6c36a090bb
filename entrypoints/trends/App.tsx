import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { readSettings, watchSettings, type Settings } from '@/utils/storage';
import { createJournalSource } from '@/utils/models/journal-source';
import { firstDayOfWeek, weekStart, addDays, DAYS_IN_WEEK } from '@/utils/summary/week';
import { lastTwelveWeeks, TREND_WEEKS, type Trends } from '@/utils/summary/trends';
import { TrendsView } from '@/components/trends/TrendsView';
import '@/components/options/options.css';
import '@/components/trends/trends.css';

/** The last twelve weeks, read once when the page opens and again when the journal changes. */
export function App() {
  const trends = useSignal<Trends | undefined>(undefined);
  const customKinds = useSignal<Settings['customKinds']>([]);
  useEffect(() => {
    document.title = t('trends_title');
    const journal = createJournalSource();
    const load = async () => {
      const now = Date.now();
      const firstDay = firstDayOfWeek(browser.i18n.getUILanguage());
      const from = addDays(weekStart(now, firstDay), -(TREND_WEEKS - 1) * DAYS_IN_WEEK);
      trends.value = lastTwelveWeeks(await journal.range(from, now), now, firstDay);
    };
    void load();
    void readSettings().then((settings) => (customKinds.value = settings.customKinds));
    journal.subscribe(() => void load());
    const stopSettings = watchSettings((settings) => (customKinds.value = settings.customKinds));
    return () => {
      journal.stop();
      stopSettings();
    };
  }, []);
  return (
    <main class="settings">
      <h1>{t('trends_title')}</h1>
      <p class="muted">{t('trends_intro')}</p>
      {trends.value && <TrendsView trends={trends.value} customKinds={customKinds.value} />}
    </main>
  );
}
