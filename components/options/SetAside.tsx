import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { readQuarantine } from '@/utils/storage';
import { t } from '@/utils/i18n';
import type { Note } from './fields';
import { downloadText, exportFilename } from './download';
import { countMessage } from './format';

type Props = { version: number; busy: boolean; run: (work: () => Promise<Note>) => Promise<void> };

/**
 * Says when Steady set aside stored entries it could not read, and lets the person export or
 * clear them. Shown only when there are some. Refreshes when `version` changes.
 */
export function SetAside({ version, busy, run }: Props) {
  const count = useSignal(0);
  useEffect(() => {
    void readQuarantine().then(
      (entries) => (count.value = entries.length),
      () => undefined,
    );
  }, [version]);
  if (count.value === 0) return null;

  const exportJson = () =>
    run(async () => {
      const { json } = await sendMessage('page:export-set-aside', {});
      downloadText(json, exportFilename('json').replace(/\.json$/, '-set-aside.json'), 'application/json');
      return { kind: 'ok', text: t('data_exported') };
    });
  const clear = () =>
    run(async () => {
      await sendMessage('page:clear-set-aside', {});
      return { kind: 'ok', text: t('data_setAsideCleared') };
    });

  return (
    <div class="field">
      <p>{countMessage('data_setAside', count.value)}</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void exportJson()}>
          {t('data_exportSetAside')}
        </button>
        <button type="button" disabled={busy} onClick={() => void clear()}>
          {t('data_clearSetAside')}
        </button>
      </div>
    </div>
  );
}
