import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { createHistoryModel, type HistoryModel } from '@/utils/models/history';
import type { JournalSource } from '@/utils/models/journal-source';
import type { MicroMoment, Settings } from '@/utils/storage';
import { formatDateTime, kindLabel } from './format';
import { MomentForm } from './MomentForm';
import { perSource } from './per-source';
import { deleteWithUndo, saveRecords } from './records';

const historyFor = perSource(createHistoryModel);

/** The History view: its model is made, and reads the journal, only once the view is opened. */
export function HistoryView({ source, settings }: { source: JournalSource; settings: Settings }) {
  const history = historyFor(source);
  useEffect(() => history.start(), [history]);
  return <History history={history} settings={settings} />;
}

/** Saved moments, newest first, a page at a time: edit, or delete with Undo. */
export function History({ history, settings }: { history: HistoryModel; settings: Settings }) {
  const [editing, setEditing] = useState<string>();
  const moments = history.moments.value;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('moment_historyHeading')}</h2>
      {moments.length === 0 && <p class="muted">{t('moment_historyEmpty')}</p>}
      <ul class="history">
        {moments.map((moment) =>
          editing === moment.id ? (
            <li key={moment.id}>
              <MomentForm
                title={kindLabel(moment.kind, settings.customKinds)}
                initial={moment}
                onCancel={() => setEditing(undefined)}
                onSave={async (details) => {
                  const { safety: _safety, note: _note, person: _person, ...kept } = moment;
                  if (await saveRecords([{ ...kept, ...details }], t('moment_updated'), { focus: true })) setEditing(undefined);
                }}
              />
            </li>
          ) : (
            <HistoryItem key={moment.id} moment={moment} settings={settings} onEdit={() => setEditing(moment.id)} />
          ),
        )}
      </ul>
      {history.hasMore.value && (
        <button type="button" onClick={() => void history.showMore()}>
          {t('moment_showMore')}
        </button>
      )}
    </section>
  );
}

function HistoryItem({ moment, settings, onEdit }: { moment: MicroMoment; settings: Settings; onEdit: () => void }) {
  const label = kindLabel(moment.kind, settings.customKinds);
  return (
    <li class="card history-item">
      <p class="history-title">
        <strong>{label}</strong> <span class="muted small">{formatDateTime(moment.at)}</span>
      </p>
      {(moment.person || moment.safety) && (
        <p class="muted small">{[moment.person, moment.safety && t('moment_safetyShown', moment.safety)].filter(Boolean).join(' · ')}</p>
      )}
      {moment.note && <p class="note">{moment.note}</p>}
      <div class="actions">
        <button type="button" onClick={onEdit} aria-label={t('moment_editLabel', label)}>
          {t('moment_edit')}
        </button>
        <button
          type="button"
          aria-label={t('moment_deleteLabel', label)}
          onClick={() => void deleteWithUndo([{ id: moment.id, at: moment.at }], t('moment_deleted'))}
        >
          {t('moment_delete')}
        </button>
      </div>
    </li>
  );
}
