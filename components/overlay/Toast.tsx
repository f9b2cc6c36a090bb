import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { PauseFeedback } from '@/utils/storage/values';

/** A short, non-modal note (after a save, or when the site needs one more press). */
export function Toast({ message }: { message: string }) {
  return (
    <div class="toast" role="status">
      {message}
    </div>
  );
}

/**
 * After a pause closed: one tap to say whether it was useful. It never takes the focus from the
 * composer, and saying nothing is fine: it goes away on its own, or with "No answer".
 */
export function FeedbackNote({ onAnswer, onDismiss }: { onAnswer: (answer: PauseFeedback) => void; onDismiss: () => void }) {
  const [answered, setAnswered] = useState(false);
  if (answered) return <Toast message={t('feedback_thanks')} />;
  // Only the person's own click counts: a page may forge clicks anywhere it likes.
  const answer = (value: PauseFeedback) => (event: MouseEvent) => {
    if (!event.isTrusted) return;
    setAnswered(true);
    onAnswer(value);
  };
  return (
    <div class="toast feedback" role="group" aria-labelledby="steady-feedback-question">
      <p id="steady-feedback-question">{t('feedback_question')}</p>
      <div class="actions">
        <button type="button" onClick={answer('helped')}>
          {t('feedback_helped')}
        </button>
        <button type="button" onClick={answer('not-needed')}>
          {t('feedback_notNeeded')}
        </button>
        <button type="button" class="quiet" onClick={(event) => event.isTrusted && onDismiss()}>
          {t('feedback_dismiss')}
        </button>
      </div>
    </div>
  );
}
