import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { newId } from '@/utils/ids';
import type { RequestOf } from '@/utils/messaging';
import { send } from './send';
import type { MicroMoment, PatternId, PauseEvent, PauseFeedback } from '@/utils/storage';
import { PAUSE_FEEDBACK } from '@/utils/storage/values';
import { patternLabel, siteLabel } from './format';
import { MomentForm, type MomentDetails } from './MomentForm';
import { saveRecords } from './records';
import { announce } from './status';

type Answer = RequestOf<'page:follow-up'>['answer'];

/** The first choice of a question that replaced the button the person pressed keeps the keyboard's place. */
const focusOnMount = (button: HTMLButtonElement | null) => button?.focus();

/**
 * Asks how it went after a pause that ended in editing or waiting. Any answer rests the
 * question for a day; "Not now" asks about this pause another day, "Don't ask about this" never again.
 */
export function FollowUp({ pause }: { pause: PauseEvent }) {
  const [detailing, setDetailing] = useState(false);
  // Asked once: not when the person already answered in the pause's own note.
  const [useful, setUseful] = useState<PauseFeedback | undefined>(pause.feedback);
  // After an answer given here, the person may name the one pattern it was about (asked once, optional).
  const noticed = [...new Set(pause.patterns)];
  const [askWhich, setAskWhich] = useState(false);
  const question = t(pause.outcome === 'saved-for-later' ? 'moment_followUpSaved' : 'moment_followUpEdited', siteLabel(pause.site));

  async function close(answer: Answer, message?: string) {
    try {
      await send('page:follow-up', { pauseId: pause.id, answer });
      if (message) announce(message, { place: 'prompts', focus: true });
    } catch {
      announce(t('popup_saveFailed'), { place: 'prompts', focus: true });
    }
  }
  async function answer(details?: MomentDetails) {
    const moment: MicroMoment = { type: 'moment', id: newId(), at: Date.now(), kind: 'chose-differently', pauseId: pause.id, ...details };
    if (await saveRecords([moment], t('moment_saved'), { place: 'prompts', focus: true, undoable: true })) await close('answered');
  }

  async function tellUseful(feedback: PauseFeedback) {
    setUseful(feedback);
    try {
      await send('page:pause-feedback', { pauseId: pause.id, at: pause.at, answer: feedback });
      if (noticed.length > 1) setAskWhich(true);
      // With a pattern to name, the keyboard goes to that question instead of the thanks.
      announce(t('feedback_thanks'), { place: 'prompts', focus: noticed.length < 2 });
    } catch {
      setUseful(undefined);
      announce(t('popup_saveFailed'), { place: 'prompts', focus: true });
    }
  }

  async function tellWhich(pattern: PatternId) {
    setAskWhich(false);
    try {
      await send('page:pause-feedback', { pauseId: pause.id, at: pause.at, answer: useful!, patterns: [pattern] });
      announce(t('feedback_thanks'), { place: 'prompts', focus: true });
    } catch {
      announce(t('popup_saveFailed'), { place: 'prompts', focus: true });
    }
  }

  if (detailing) return <MomentForm title={question} onSave={(details) => void answer(details)} onCancel={() => setDetailing(false)} />;
  return (
    <section class="card prompt" aria-labelledby="follow-up">
      <h2 id="follow-up">{t('moment_followUpHeading')}</h2>
      <p>{question}</p>
      {pause.trigger === 'flagged' && useful === undefined && (
        <div class="feedback" role="group" aria-labelledby="follow-up-useful">
          <span id="follow-up-useful">{t('feedback_question')}</span>
          {PAUSE_FEEDBACK.map((feedback) => (
            <button key={feedback} type="button" class="quiet" onClick={() => void tellUseful(feedback)}>
              {t(feedback === 'helped' ? 'feedback_helped' : 'feedback_notNeeded')}
            </button>
          ))}
        </div>
      )}
      {askWhich && (
        <div class="feedback" role="group" aria-labelledby="follow-up-which">
          <span id="follow-up-which">{t(useful === 'helped' ? 'feedback_whichHelped' : 'feedback_whichNotNeeded')}</span>
          {noticed.map((pattern, index) => (
            <button key={pattern} type="button" class="quiet" ref={index === 0 ? focusOnMount : undefined} onClick={() => void tellWhich(pattern)}>
              {patternLabel(pattern)}
            </button>
          ))}
        </div>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => setDetailing(true)}>
          {t('moment_followUpWell')}
        </button>
        <button type="button" onClick={() => void answer()}>
          {t('moment_followUpNothingBad')}
        </button>
        <button type="button" onClick={() => void close('later', t('moment_followUpLater'))}>
          {t('moment_followUpDismiss')}
        </button>
        <button type="button" class="quiet" onClick={() => void close('never', t('moment_followUpEnded'))}>
          {t('moment_followUpNever')}
        </button>
      </div>
    </section>
  );
}
