import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { newId } from '@/utils/ids';
import type { Rupture, Settings } from '@/utils/storage';
import { formatLongDay } from './format';
import { MomentForm } from './MomentForm';
import { saveRecords } from './records';
import type { StatusPlace } from './status';

const DAY = 86_400_000;

/** Logs the repair that closes a rupture's loop: a repair moment, and the rupture marked repaired. */
export function RepairForm({ rupture, place, onCancel }: { rupture: Rupture; place: StatusPlace; onCancel: () => void }) {
  return (
    <MomentForm
      title={t('kind_repair_after_rupture')}
      initial={rupture.person ? { person: rupture.person } : {}}
      onCancel={onCancel}
      onSave={(details) => {
        const at = Date.now();
        const moment = { type: 'moment' as const, id: newId(), at, kind: 'repair-after-rupture' as const, ruptureId: rupture.id, ...details };
        void saveRecords([moment, { ...rupture, repairedAt: at, repairMomentId: moment.id }], t('repair_closed'), { place, focus: true });
      }}
    />
  );
}

/** Once a rupture's prompt is due, gently offers to log the repair that closes the loop. */
export function RepairPrompt({ rupture, settings }: { rupture: Rupture; settings: Settings }) {
  const [logging, setLogging] = useState(false);
  const when = formatLongDay(rupture.at);
  const question = rupture.person ? t('repair_promptWith', [when, rupture.person]) : t('repair_prompt', when);

  if (logging) return <RepairForm rupture={rupture} place="prompts" onCancel={() => setLogging(false)} />;
  return (
    <section class="card prompt" aria-labelledby={`repair-${rupture.id}`}>
      <h2 id={`repair-${rupture.id}`}>{t('repair_promptHeading')}</h2>
      <p>{question}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => setLogging(true)}>
          {t('repair_logRepair')}
        </button>
        <button
          type="button"
          onClick={() =>
            void saveRecords([{ ...rupture, promptAt: Date.now() + settings.repairDelayDays * DAY }], t('repair_later'), { place: 'prompts', focus: true })
          }
        >
          {t('repair_notYet')}
        </button>
      </div>
    </section>
  );
}
