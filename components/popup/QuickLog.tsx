import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { newId } from '@/utils/ids';
import { BUILT_IN_MOMENT_KINDS, updateSettings, type MomentKind, type Settings } from '@/utils/storage';
import { kindLabel } from './format';
import { MomentForm } from './MomentForm';
import { saveFailedMessage, saveRecords } from './records';
import { announce } from './status';

/** Log a trust moment: choose a kind, optionally add details, save. */
export function QuickLog({ settings }: { settings: Settings }) {
  const [kind, setKind] = useState<MomentKind | undefined>();
  const kinds: MomentKind[] = [...BUILT_IN_MOMENT_KINDS, ...settings.customKinds.map((custom) => custom.id)];

  if (kind) {
    return (
      <MomentForm
        title={kindLabel(kind, settings.customKinds)}
        onCancel={() => setKind(undefined)}
        onSave={async (details) => {
          if (await saveRecords([{ type: 'moment', id: newId(), at: Date.now(), kind, ...details }], t('moment_saved'))) setKind(undefined);
        }}
      />
    );
  }
  return (
    <section aria-labelledby="quick-log" class="card">
      <h2 id="quick-log">{t('moment_heading')}</h2>
      <div class="kind-grid">
        {kinds.map((option) => (
          <button type="button" key={option} onClick={() => setKind(option)}>
            {kindLabel(option, settings.customKinds)}
          </button>
        ))}
      </div>
      <AddKind settings={settings} />
    </section>
  );
}

function AddKind({ settings }: { settings: Settings }) {
  const [label, setLabel] = useState('');
  async function add(event: Event) {
    event.preventDefault();
    const name = label.trim();
    if (!name) return;
    try {
      await updateSettings({ customKinds: [...settings.customKinds, { id: `custom:${newId().slice(0, 8)}`, label: name }] });
      setLabel('');
      announce(t('moment_kindAdded', name));
    } catch (error) {
      announce(saveFailedMessage(error));
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
