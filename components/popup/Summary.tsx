import { t, keyFor } from '@/utils/i18n';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createWeekModel, type WeekModel } from '@/utils/models/week';
import type { JournalSource } from '@/utils/models/journal-source';
import type { Settings } from '@/utils/storage';
import { weekSentences } from '@/utils/summary/sentences';
import { isEmptyWeek, type WeekSummary } from '@/utils/summary/weekly';
import { formatMinutes, formatNumber, formatWeek, kindLabel, patternLabel, siteLabel } from './format';
import { WeekChart } from './WeekChart';
import { perSource } from './per-source';

const weekFor = perSource((source) => createWeekModel(source, browser.i18n.getUILanguage()));

/** The Week view: its model is made, and reads the journal, only once the view is opened. */
export function WeekView({ source, settings }: { source: JournalSource; settings: Settings }) {
  const week = weekFor(source);
  useEffect(() => week.start(), [week]);
  return <Summary week={week} settings={settings} />;
}

/** The weekly summary: evidence in sentences first, then the figures, the chart and what came up where. */
export function Summary({ week, settings }: { week: WeekModel; settings: Settings }) {
  const current = week.current.value;
  const previous = week.previous.value;
  return (
    <section aria-labelledby="summary-title">
      <div class="week-nav">
        <h2 id="summary-title">{current ? formatWeek(current.start, current.end) : t('summary_heading')}</h2>
        <button type="button" onClick={() => void week.go(-1)}>
          {t('summary_previousWeek')}
        </button>
        <button type="button" disabled={week.isThisWeek.value} onClick={() => void week.go(1)}>
          {t('summary_nextWeek')}
        </button>
      </div>
      {current && previous && <WeekBody current={current} previous={previous} settings={settings} />}
      <p>
        <a href="/trends.html" target="_blank">
          {t('trends_open')}
        </a>{' '}
        ·{' '}
        <a href="/session.html" target="_blank">
          {t('session_open')}
        </a>
      </p>
    </section>
  );
}

function WeekBody({ current, previous, settings }: { current: WeekSummary; previous: WeekSummary; settings: Settings }) {
  const sentences = weekSentences(current, (value) => formatNumber(value));
  return (
    <>
      <div class="card sentences">
        {sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      {!isEmptyWeek(current) && (
        <>
          <dl class="figures">
            <Figure label={t('summary_moments')} value={String(current.moments)} before={String(previous.moments)} />
            <Figure label={t('summary_momentDays')} value={String(current.momentDays)} />
            <Figure label={t('summary_pauses')} value={String(current.pauses)} before={String(previous.pauses)} />
            <Figure label={t('summary_choseToWait')} value={String(current.choseToWait)} />
            <Figure label={t('summary_grounding')} value={formatMinutes(current.groundingMs)} before={formatMinutes(previous.groundingMs)} />
            {current.ratings && (
              <Figure label={t('summary_calm')} value={t('summary_calmValue', [formatNumber(current.ratings.before), formatNumber(current.ratings.after)])} />
            )}
            <Figure label={t('summary_loops')} value={t('summary_loopsValue', [current.rupturesOpened, current.rupturesRepaired])} />
          </dl>
          <WeekChart summary={current} />
          {current.momentsByKind.length > 0 && (
            <>
              <h3>{t('summary_byKind')}</h3>
              <ul class="counts">
                {current.momentsByKind.map(({ kind, count }) => (
                  <li key={kind}>
                    <span>{kindLabel(kind, settings.customKinds)}</span> <strong>{count}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
          {current.pauses > 0 && (
            <>
              <h3>{t('summary_outcomes')}</h3>
              <ul class="counts">
                {Object.entries(current.pauseOutcomes)
                  .filter(([, count]) => count > 0)
                  .map(([outcome, count]) => (
                    <li key={outcome}>
                      <span>{t(keyFor('summary_outcome', outcome))}</span> <strong>{count}</strong>
                    </li>
                  ))}
              </ul>
            </>
          )}
          {current.patterns.length > 0 && (
            <>
              <h3>{t('summary_patterns')}</h3>
              <ul class="counts">
                {current.patterns.map(({ pattern, count, sites }) => (
                  <li key={pattern}>
                    {/* One count a row: the pattern's; the sites are named without their own. */}
                    <span>
                      {patternLabel(pattern)}
                      <span class="muted"> · {sites.map((site) => siteLabel(site.site)).join(', ')}</span>
                    </span>
                    <strong>{count}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}

function Figure({ label, value, before }: { label: string; value: string; before?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {value}
        {before !== undefined && <span class="muted small"> {t('summary_lastWeek', before)}</span>}
      </dd>
    </div>
  );
}
