import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { MicroMoment } from '@/utils/storage';
import { Rating } from './Rating';

export type MomentDetails = Pick<MicroMoment, 'safety' | 'note' | 'person'>;

/** The optional details of a moment (how safe it felt, a note, who) and Save: steps two and three of a log. */
export function MomentForm({
  title,
  initial = {},
  onSave,
  onCancel,
}: {
  title: string;
  initial?: MomentDetails;
  onSave: (details: MomentDetails) => void;
  onCancel: () => void;
}) {
  const [safety, setSafety] = useState(initial.safety);
  const [note, setNote] = useState(initial.note ?? '');
  const [person, setPerson] = useState(initial.person ?? '');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  function submit(event: Event) {
    event.preventDefault();
    onSave({
      ...(safety ? { safety } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(person.trim() ? { person: person.trim() } : {}),
    });
  }

  return (
    <form class="card moment-form" onSubmit={submit}>
      <h2 tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <Rating legend={t('moment_safetyLegend')} name="safety" value={safety} onChange={setSafety} low={t('moment_safetyLow')} high={t('moment_safetyHigh')} />
      <label class="field">
        <span>{t('moment_personLabel')}</span>
        <input value={person} maxLength={60} autocomplete="off" onInput={(event) => setPerson(event.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('moment_noteLabel')}</span>
        <textarea value={note} maxLength={500} rows={2} onInput={(event) => setNote(event.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="submit" class="primary">
          {t('moment_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('popup_cancel')}
        </button>
      </div>
    </form>
  );
}
