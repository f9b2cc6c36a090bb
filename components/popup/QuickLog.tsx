import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { newId } from '@/utils/ids';
import { send } from './send';
import type { MomentKind, Settings } from '@/utils/storage';
import { BUILT_IN_MOMENT_KINDS } from '@/utils/storage/values';
import { kindLabel } from './format';
import { MomentForm } from './MomentForm';
import { saveFailedMessage, saveRecords } from './records';
import { announce } from './status';
import { StatusLine } from './StatusLine';

/** Log a trust moment: choose a kind, optionally add details, save. */
export function QuickLog({ customKinds }: { customKinds: Settings['customKinds'] }) {
  const [kind, setKind] = useState<MomentKind | undefined>();
  // The kind last opened, so focus can go back to its button when its form closes (not to the page body).
  const [opened, setOpened] = useState<MomentKind | undefined>();
  const grid = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!kind && opened) grid.current?.querySelector<HTMLButtonElement>(`[data-kind="${CSS.escape(opened)}"]`)?.focus();
  }, [kind]);
  const kinds: MomentKind[] = [...BUILT_IN_MOMENT_KINDS, ...customKinds.map((custom) => custom.id)];

  if (kind) {
    return (
      <>
        <MomentForm
          title={kindLabel(kind, customKinds)}
          onCancel={() => setKind(undefined)}
          onSave={async (details) => {
            const moment = { type: 'moment' as const, id: newId(), at: Date.now(), kind, ...details };
            if (await saveRecords([moment], t('moment_saved'), { place: 'quick-log', undoable: true })) setKind(undefined);
          }}
        />
        <StatusLine place="quick-log" />
      </>
    );
  }
  return (
    <section aria-labelledby="quick-log" class="card">
      <h2 id="quick-log">{t('moment_heading')}</h2>
      <div class="kind-grid" ref={grid}>
        {kinds.map((option) => (
          <button
            type="button"
            key={option}
            data-kind={option}
            onClick={() => {
              setKind(option);
              setOpened(option);
            }}
          >
            {kindLabel(option, customKinds)}
          </button>
        ))}
      </div>
      <StatusLine place="quick-log" />
      <AddKind />
    </section>
  );
}

function AddKind() {
  const [label, setLabel] = useState('');
  async function add(event: Event) {
    event.preventDefault();
    const name = label.trim();
    if (!name) return;
    try {
      await send('page:update-settings', { add: { customKinds: [{ id: `custom:${newId().slice(0, 8)}`, label: name }] } });
      setLabel('');
      announce(t('moment_kindAdded', name), { place: 'quick-log' });
    } catch (error) {
      announce(saveFailedMessage(error), { place: 'quick-log' });
    }
  }
  return (
    <details class="add-kind">
      <summary>{t('moment_addKind')}</summary>
      <form onSubmit={add} class="inline-form">
        <label class="field">
          <span>{t('moment_kindNameLabel')}</span>
          <input value={label} maxLength={40} autocomplete="off" onInput={(event) => setLabel(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('moment_addKindButton')}</button>
      </form>
    </details>
  );
}
