import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { sendMessage, type ResponseOf } from '@/utils/messaging';
import { IMPORT_REFUSALS, readAll, recordsToCsv, type Settings } from '@/utils/storage';
import { keyFor, t } from '@/utils/i18n';
import { Choice, Notice, type Note } from './fields';
import { downloadText, exportFilename } from './download';
import { countMessage } from './format';
import { saveSettings } from './settings-store';
import { StorageUsage } from './StorageUsage';
import { SetAside } from './SetAside';
import { previewSentences } from './import-words';

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
  /** A file read and previewed, waiting for the person to import it or cancel. */
  const pending = useSignal<{ json: string; preview: ResponseOf<'page:import-preview'> } | undefined>(undefined);

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

  // Nothing is written until the person has seen what the file holds and chosen Import.
  const previewFile = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      input.value = '';
      pending.value = undefined;
      if (!file) return undefined;
      try {
        const json = await file.text();
        pending.value = { json, preview: await sendMessage('page:import-preview', { json }) };
        return undefined;
      } catch (error) {
        return { kind: 'error', text: t('data_importFailed', refusalText(error)) };
      }
    });

  const importPending = () =>
    run(async () => {
      const json = pending.value?.json;
      pending.value = undefined;
      if (json === undefined) return undefined;
      try {
        const { added, skipped, unreadable } = await sendMessage('page:import', { json });
        const parts = [
          countMessage('data_imported', added),
          skipped > 0 && countMessage('data_skipped', skipped),
          unreadable > 0 && countMessage('data_leftOut', unreadable),
        ];
        return { kind: 'ok', text: parts.filter(Boolean).join(' ') };
      } catch (error) {
        return { kind: 'error', text: t('data_importFailed', refusalText(error)) };
      }
    });

  function cancelImport() {
    pending.value = undefined;
    note.value = { kind: 'ok', text: t('data_importCancelled') };
  }

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
      <SetAside version={changes.value} busy={busy.value} run={run} />
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
        <input id={fileId} type="file" accept="application/json,.json" disabled={busy.value} onChange={(event) => void previewFile(event.currentTarget)} />
        <p class="hint muted">{t('data_importHint')}</p>
      </div>
      {pending.value && (
        <div class="confirm" role="group" aria-labelledby={`${fileId}-preview`}>
          <h3 id={`${fileId}-preview`}>{t('data_previewHeading')}</h3>
          {previewSentences(pending.value.preview).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <div class="actions">
            <button type="button" class="primary" disabled={busy.value} autoFocus onClick={() => void importPending()}>
              {t('data_importConfirm')}
            </button>
            <button type="button" onClick={cancelImport}>
              {t('data_importCancel')}
            </button>
          </div>
        </div>
      )}
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
