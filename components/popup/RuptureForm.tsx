import { useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { newId } from '@/utils/ids';
import type { Rupture, Settings } from '@/utils/storage';
import { formatLongDay } from './format';
import { RepairForm } from './RepairPrompt';
import { saveRecords } from './records';
import { StatusLine } from './StatusLine';

const DAY = 86_400_000;

/**
 * Notes that something felt off with someone; Steady asks about repair after `repairDelayDays`.
 * Ruptures still open are listed under the form, each with "Log a repair", from the moment they are logged.
 */
export function RuptureForm({ settings, open }: { settings: Settings; open: Rupture[] }) {
  const [repairing, setRepairing] = useState<string>();
  // Open while ruptures wait, and kept open after the last is repaired, so its confirmation stays in sight.
  const expanded = useRef(false);
  if (open.length > 0) expanded.current = true;
  const [note, setNote] = useState('');
  const [person, setPerson] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    const at = Date.now();
    const saved = await saveRecords(
      [
        {
          type: 'rupture',
          id: newId(),
          at,
          promptAt: at + settings.repairDelayDays * DAY,
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(person.trim() ? { person: person.trim() } : {}),
        },
      ],
      t('repair_ruptureSaved'),
      { place: 'rupture', undoable: true },
    );
    if (saved) {
      setNote('');
      setPerson('');
    }
  }

  return (
    <details class="card" open={expanded.current || undefined}>
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
        <button type="submit" class="primary">
          {t('repair_ruptureSave')}
        </button>
        <StatusLine place="rupture" />
      </form>
      {open.length > 0 && (
        <section aria-labelledby="open-ruptures" class="open-ruptures">
          <h3 id="open-ruptures">{t('repair_openHeading')}</h3>
          <ul>
            {open.map((rupture) => {
              const label = rupture.person ? t('repair_openWith', [formatLongDay(rupture.at), rupture.person]) : formatLongDay(rupture.at);
              return repairing === rupture.id ? (
                <li key={rupture.id}>
                  <RepairForm rupture={rupture} place="rupture" onCancel={() => setRepairing(undefined)} />
                </li>
              ) : (
                <li key={rupture.id}>
                  <span>{label}</span>
                  <button type="button" aria-label={t('repair_logRepairFor', label)} onClick={() => setRepairing(rupture.id)}>
                    {t('repair_logRepair')}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </details>
  );
}
