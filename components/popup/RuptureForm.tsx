import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { newId } from '@/utils/ids';
import type { Settings } from '@/utils/storage';
import { saveRecords } from './records';

const DAY = 86_400_000;

/** Notes that something felt off with someone; Steady asks about repair after `repairDelayDays`. */
export function RuptureForm({ settings }: { settings: Settings }) {
  const [note, setNote] = useState('');
  const [person, setPerson] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    const at = Date.now();
    const saved = await saveRecords(
      [{
        type: 'rupture',
        id: newId(),
        at,
        promptAt: at + settings.repairDelayDays * DAY,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(person.trim() ? { person: person.trim() } : {}),
      }],
      t('repair_ruptureSaved'),
    );
    if (saved) {
      setNote('');
      setPerson('');
    }
  }

  return (
    <details class="card">
      <summary>{t('repair_ruptureOpen')}</summary>
      <form onSubmit={submit}>
        <p class="muted">{t('repair_ruptureIntro')}</p>
        <label class="field">
          <span>{t('moment_personLabel')}</span>
          <input value={person} maxLength={60} autocomplete="off" onInput={(event) => setPerson(event.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('repair_ruptureNoteLabel')}</span>
          <textarea value={note} maxLength={500} rows={2} onInput={(event) => setNote(event.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">{t('repair_ruptureSave')}</button>
      </form>
    </details>
  );
}
