import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { keyFor, t } from '@/utils/i18n';
import { readRange, readSettings, type JournalRecord, type Settings } from '@/utils/storage';
import { addDays } from '@/utils/summary/week';
import { SECTIONS_BY_DEFAULT, SESSION_SECTIONS, summarizeSession, type SessionSection } from '@/utils/summary/session';
import { SessionDocument } from '@/components/session/SessionDocument';
import '@/components/options/options.css';
import '@/components/session/session.css';

const toInput = (at: number) => {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};
/** Local midnight of a date field's value. */
const fromInput = (value: string) => {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year, month - 1, day).getTime();
};
const today = () => fromInput(toInput(Date.now()));

/**
 * A summary the person may bring to a session: they pick the period and what goes in, and the
 * browser prints it or saves it as a PDF. Nothing leaves the device, and nothing unticked is on the page.
 */
export function App() {
  const from = useSignal(toInput(addDays(today(), -27)));
  const to = useSignal(toInput(today()));
  const sections = useSignal<ReadonlySet<SessionSection>>(new Set(SECTIONS_BY_DEFAULT));
  const records = useSignal<JournalRecord[] | undefined>(undefined);
  const customKinds = useSignal<Settings['customKinds']>([]);
  const start = fromInput(from.value);
  // The last day is included whole.
  const end = addDays(fromInput(to.value), 1);
  useEffect(() => {
    document.title = t('session_title');
    void readSettings().then((settings) => (customKinds.value = settings.customKinds));
  }, []);
  const valid = !Number.isNaN(start) && !Number.isNaN(end) && end > start;
  useEffect(() => {
    if (valid) void readRange(start, end - 1).then((read) => (records.value = read));
  }, [start, end]);

  const lastWeeks = (weeks: number) => {
    from.value = toInput(addDays(today(), -(7 * weeks - 1)));
    to.value = toInput(today());
  };
  const toggle = (section: SessionSection, on: boolean) => {
    const next = new Set(sections.value);
    if (on) next.add(section);
    else next.delete(section);
    sections.value = next;
  };
  return (
    <main class="settings session">
      <div class="no-print">
        <h1>{t('session_title')}</h1>
        <p class="muted">{t('session_intro')}</p>
        <section class="card" aria-labelledby="session-choose">
          <h2 id="session-choose">{t('session_chooseTitle')}</h2>
          <fieldset class="field">
            <legend>{t('session_period')}</legend>
            <label>
              {t('session_from')} <input type="date" value={from.value} max={to.value} onChange={(event) => (from.value = event.currentTarget.value)} />
            </label>{' '}
            <label>
              {t('session_to')} <input type="date" value={to.value} min={from.value} onChange={(event) => (to.value = event.currentTarget.value)} />
            </label>
            <div class="actions">
              <button type="button" onClick={() => lastWeeks(4)}>
                {t('session_lastFourWeeks')}
              </button>
              <button type="button" onClick={() => lastWeeks(12)}>
                {t('session_lastTwelveWeeks')}
              </button>
            </div>
          </fieldset>
          <fieldset class="field">
            <legend>{t('session_include')}</legend>
            {SESSION_SECTIONS.map((section) => (
              <label key={section} class="check">
                <input type="checkbox" checked={sections.value.has(section)} onChange={(event) => toggle(section, event.currentTarget.checked)} />{' '}
                {t(keyFor('session_section', section))}
              </label>
            ))}
            <p class="hint muted">{t('session_notesHint')}</p>
          </fieldset>
          <div class="actions">
            <button type="button" class="primary" disabled={!valid} onClick={() => window.print()}>
              {t('session_print')}
            </button>
          </div>
        </section>
        <h2 class="preview-heading">{t('session_preview')}</h2>
      </div>
      {valid && records.value && (
        <SessionDocument summary={summarizeSession(records.value, start, end)} sections={sections.value} customKinds={customKinds.value} />
      )}
    </main>
  );
}
