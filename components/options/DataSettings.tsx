import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { IMPORT_REFUSALS, readAll, recordsToCsv, type Settings } from '@/utils/storage';
import { keyFor, t } from '@/utils/i18n';
import { Choice, Notice, type Note } from './fields';
import { downloadText, exportFilename } from './download';
import { countMessage } from './format';
import { saveSettings } from './settings-store';
import { StorageUsage } from './StorageUsage';

/** Words the reason an import was refused, from the error the background sent: "page:import: version: 7". */
function refusalText(error: unknown): string {
  const message = error instanceof Error ? error.message.replace(/^page:[\w-]+:\s*/, '') : '';
  const [code = '', ...detail] = message.split(': ');
  const refusal = IMPORT_REFUSALS.find((known) => known === code);
  return refusal ? t(keyFor('data_importRefused', refusal), detail.join(': ')) : t('data_importRefused_unknown');
}

/** Retention, export, import and deleting everything: the person's control over their data. */
export function DataSettings({ settings }: { settings: Settings }) {
  const fileId = useId();
  const note = useSignal<Note>(undefined);
  const confirming = useSignal(false);
  const busy = useSignal(false);
  const changes = useSignal(0);

  async function run(work: () => Promise<Note>) {
    busy.value = true;
    try {
      note.value = await work();
    } finally {
      busy.value = false;
      changes.value++;
    }
  }

  const exportJson = () =>
    run(async () => {
      const { json } = await sendMessage('page:export', {});
      downloadText(json, exportFilename('json'), 'application/json');
      return { kind: 'ok', text: t('data_exported') };
    });

  const exportCsv = () =>
    run(async () => {
      const records = (await readAll()).sort((a, b) => a.at - b.at);
      downloadText(recordsToCsv(records), exportFilename('csv'), 'text/csv');
      return { kind: 'ok', text: t('data_exported') };
    });

  const importFile = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      input.value = '';
      if (!file) return undefined;
      try {
        const { added, skipped } = await sendMessage('page:import', { json: await file.text() });
        return { kind: 'ok', text: `${countMessage('data_imported', added)} ${skipped > 0 ? countMessage('data_skipped', skipped) : ''}`.trim() };
      } catch (error) {
        return { kind: 'error', text: t('data_importFailed', refusalText(error)) };
      }
    });

  const deleteEverything = () =>
    run(async () => {
      confirming.value = false;
      try {
        await sendMessage('page:delete-all', {});
        return { kind: 'ok', text: t('data_deleted') };
      } catch {
        return { kind: 'error', text: t('data_deleteFailed') };
      }
    });

  return (
    <>
      <Choice
        legend={t('data_retentionLegend')}
        name="retentionMonths"
        value={settings.retentionMonths}
        options={[
          { value: 0, label: t('data_retention_all') },
          { value: 3, label: t('data_retention_3') },
          { value: 6, label: t('data_retention_6') },
          { value: 12, label: t('data_retention_12') },
        ]}
        onChange={(retentionMonths) => void saveSettings({ retentionMonths })}
      />
      <StorageUsage version={changes.value} />
      <div class="actions">
        <button type="button" disabled={busy.value} onClick={() => void exportJson()}>
          {t('data_exportJson')}
        </button>
        <button type="button" disabled={busy.value} onClick={() => void exportCsv()}>
          {t('data_exportCsv')}
        </button>
      </div>
      <div class="field">
        <label for={fileId}>{t('data_importLabel')}</label>
        <input id={fileId} type="file" accept="application/json,.json" disabled={busy.value} onChange={(event) => void importFile(event.currentTarget)} />
        <p class="hint muted">{t('data_importHint')}</p>
      </div>
      {confirming.value ? (
        <div class="confirm" role="group" aria-labelledby={`${fileId}-confirm`}>
          <p id={`${fileId}-confirm`}>{t('data_deleteQuestion')}</p>
          <div class="actions">
            <button type="button" class="danger" disabled={busy.value} onClick={() => void deleteEverything()}>
              {t('data_deleteConfirm')}
            </button>
            <button type="button" autoFocus onClick={() => (confirming.value = false)}>
              {t('data_deleteCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" disabled={busy.value} onClick={() => (confirming.value = true)}>
          {t('data_deleteAll')}
        </button>
      )}
      <Notice note={note.value} />
    </>
  );
}
