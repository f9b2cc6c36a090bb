import type { ComponentChildren } from 'preact';
import { keyFor, t } from '@/utils/i18n';
import type { Settings } from '@/utils/storage';
import type { SessionSection, SessionSummary } from '@/utils/summary/session';
import { formatDate, formatNumber, kindLabel, patternLabel } from '@/components/popup/format';

type Props = { summary: SessionSummary; sections: ReadonlySet<SessionSection>; customKinds: Settings['customKinds'] };

/** The printable summary: a cover, then one page per ticked section, and nothing that was not ticked. */
export function SessionDocument({ summary, sections, customKinds }: Props) {
  const { moments, pauses, patterns, grounding, ruptures, notes } = summary;
  const page = (section: SessionSection, body: ComponentChildren) =>
    sections.has(section) && (
      <section class="page" aria-labelledby={`session-${section}`}>
        <h2 id={`session-${section}`}>{t(keyFor('session_section', section))}</h2>
        {body}
      </section>
    );
  const figure = (label: string, value: string | number) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <article class="printable" aria-labelledby="session-document">
      <header class="cover">
        <h2 id="session-document">{t('session_documentTitle')}</h2>
        <p>{t('session_documentPeriod', [formatDate(summary.from), formatDate(summary.to - 1)])}</p>
        <p class="muted">{t('session_documentNote', formatDate(Date.now()))}</p>
      </header>
      {page(
        'moments',
        <>
          <dl class="figures">
            {figure(t('session_momentsTotal'), moments.total)}
            {figure(t('session_momentsDays'), moments.days)}
          </dl>
          {moments.byKind.length > 0 && (
            <ul>
              {moments.byKind.map(({ kind, count }) => (
                <li key={kind}>{t('trends_kindLine', [kindLabel(kind, customKinds), count])}</li>
              ))}
            </ul>
          )}
        </>,
      )}
      {page(
        'pauses',
        <dl class="figures">
          {figure(t('session_pausesTotal'), pauses.total)}
          {figure(t('session_pausesWaited'), pauses.waited)}
          {Object.entries(pauses.outcomes).map(([outcome, count]) => figure(t(keyFor('summary_outcome', outcome)), count))}
        </dl>,
      )}
      {page(
        'patterns',
        patterns.length === 0 ? (
          <p>{t('session_none')}</p>
        ) : (
          <ul>
            {patterns.map(({ pattern, count }) => (
              <li key={pattern}>{t('trends_kindLine', [patternLabel(pattern), count])}</li>
            ))}
          </ul>
        ),
      )}
      {page(
        'grounding',
        <dl class="figures">
          {figure(t('session_groundingSessions'), grounding.sessions)}
          {figure(t('session_groundingMinutes'), grounding.minutes)}
          {grounding.ratings &&
            figure(t('session_groundingCalm'), t('summary_calmValue', [formatNumber(grounding.ratings.before), formatNumber(grounding.ratings.after)]))}
        </dl>,
      )}
      {page(
        'ruptures',
        <dl class="figures">
          {figure(t('session_rupturesOpened'), ruptures.opened)}
          {figure(t('session_rupturesRepaired'), ruptures.repaired)}
        </dl>,
      )}
      {page(
        'notes',
        notes.length === 0 ? (
          <p>{t('session_none')}</p>
        ) : (
          <ul class="notes">
            {notes.map((note) => (
              <li key={`${note.at}-${note.text}`}>
                <span class="muted">
                  {formatDate(note.at)} · {note.kind ? kindLabel(note.kind, customKinds) : t('session_ruptureNote')}
                </span>
                <p>{note.text}</p>
              </li>
            ))}
          </ul>
        ),
      )}
    </article>
  );
}
