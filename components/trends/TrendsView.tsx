import { t, tCount } from '@/utils/i18n';
import type { MomentKind, Settings } from '@/utils/storage';
import { trendSentences, type TrendSentence, type Trends } from '@/utils/summary/trends';
import { formatMinutes, formatWeekStart, kindLabel, patternLabel } from '@/components/popup/format';
import { TrendsChart } from './TrendsChart';

function sentence(fact: TrendSentence): string {
  switch (fact.kind) {
    case 'empty':
      return t('trends_sentenceEmpty');
    case 'pattern-eased':
    case 'pattern-rose':
      return tCount(fact.kind === 'pattern-eased' ? 'trends_sentenceEased' : 'trends_sentenceRose', fact.recent, [
        patternLabel(fact.pattern),
        fact.recent,
        fact.before,
      ]);
    case 'pauses-waited':
      return t('trends_sentenceWaited', [fact.pauses, fact.waited]);
    case 'grounding':
      return t('trends_sentenceGrounding', formatMinutes(fact.minutes * 60_000));
    case 'repairs':
      return tCount('trends_sentenceRepairs', fact.repaired);
  }
}

/** The twelve weeks: what changed in a few sentences, then the figures as a chart, a table and lists. */
export function TrendsView({ trends, customKinds }: { trends: Trends; customKinds: Settings['customKinds'] }) {
  const kinds = new Map<MomentKind, number>();
  for (const week of trends.weeks) for (const { kind, count } of week.momentsByKind) kinds.set(kind, (kinds.get(kind) ?? 0) + count);
  return (
    <>
      <section aria-labelledby="trends-changed" class="card">
        <h2 id="trends-changed">{t('trends_changedTitle')}</h2>
        <ul class="sentences">
          {trendSentences(trends).map((fact) => (
            <li key={fact.kind}>{sentence(fact)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="trends-weeks" class="card">
        <h2 id="trends-weeks">{t('trends_weeksTitle')}</h2>
        <TrendsChart weeks={trends.weeks} />
        {/* Seven columns may be wider than the card in a longer language: the table scrolls, by keyboard too. */}
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="trends-table-caption">
          <table class="trends-table">
            <caption id="trends-table-caption">{t('trends_tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trends_tableWeek')}</th>
                <th scope="col">{t('trends_tableMoments')}</th>
                <th scope="col">{t('trends_tablePauses')}</th>
                <th scope="col">{t('trends_tableWaited')}</th>
                <th scope="col">{t('trends_tableGrounding')}</th>
                <th scope="col">{t('trends_tableRuptures')}</th>
                <th scope="col">{t('trends_tableRepairs')}</th>
              </tr>
            </thead>
            <tbody>
              {trends.weeks.map((week) => (
                <tr key={week.start}>
                  <th scope="row">{formatWeekStart(week.start)}</th>
                  <td>{week.moments}</td>
                  <td>{week.pauses}</td>
                  <td>{week.choseToWait}</td>
                  <td>{Math.round(week.groundingMs / 60_000)}</td>
                  <td>{week.rupturesOpened}</td>
                  <td>{week.rupturesRepaired}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="trends-patterns" class="card">
        <h2 id="trends-patterns">{t('trends_patternsTitle')}</h2>
        {trends.patterns.length === 0 ? (
          <p>{t('trends_patternsNone')}</p>
        ) : (
          <ul>
            {trends.patterns.map((change) => (
              <li key={change.pattern}>{t('trends_patternLine', [patternLabel(change.pattern), change.before, change.recent])}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="trends-kinds" class="card">
        <h2 id="trends-kinds">{t('trends_kindsTitle')}</h2>
        {kinds.size === 0 ? (
          <p>{t('trends_kindsNone')}</p>
        ) : (
          <ul>
            {[...kinds]
              .sort((a, b) => b[1] - a[1])
              .map(([kind, count]) => (
                <li key={kind}>{t('trends_kindLine', [kindLabel(kind, customKinds), count])}</li>
              ))}
          </ul>
        )}
      </section>
    </>
  );
}
