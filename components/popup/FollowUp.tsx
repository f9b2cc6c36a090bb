import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { newId } from '@/utils/ids';
import type { MicroMoment, PauseEvent } from '@/utils/storage';
import { markPausesAsked } from '@/utils/storage/follow-ups';
import { siteLabel } from './format';
import { MomentForm, type MomentDetails } from './MomentForm';
import { saveRecords } from './records';

/** Asks once how it went after a pause that ended in editing or waiting; any answer, even none, counts as asked. */
export function FollowUp({ pause }: { pause: PauseEvent }) {
  const [detailing, setDetailing] = useState(false);
  const question = t(pause.outcome === 'saved-for-later' ? 'moment_followUpSaved' : 'moment_followUpEdited', siteLabel(pause.site));

  async function answer(details?: MomentDetails) {
    const moment: MicroMoment = { type: 'moment', id: newId(), at: Date.now(), kind: 'chose-differently', pauseId: pause.id, ...details };
    if (await saveRecords([moment], t('moment_saved'))) await markPausesAsked([pause.id]);
  }

  if (detailing) return <MomentForm title={question} onSave={(details) => void answer(details)} onCancel={() => setDetailing(false)} />;
  return (
    <section class="card prompt" aria-labelledby="follow-up">
      <h2 id="follow-up">{t('moment_followUpHeading')}</h2>
      <p>{question}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => setDetailing(true)}>{t('moment_followUpWell')}</button>
        <button type="button" onClick={() => void answer()}>{t('moment_followUpNothingBad')}</button>
        <button type="button" onClick={() => void markPausesAsked([pause.id])}>{t('moment_followUpDismiss')}</button>
      </div>
    </section>
  );
}
