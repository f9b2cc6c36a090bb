import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { view } from './views';
import { clearStatus, status, type StatusPlace } from './status';

/**
 * One place a status can show: beside the controls it reports on. Every line is a
 * polite live region that stays in the page, so a message is announced when it appears.
 */
export function StatusLine({ place }: { place: StatusPlace }) {
  const current = status.value;
  const here = current.message !== '' && current.place === place && current.view === view.value;
  const message = useRef<HTMLParagraphElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (here && current.focus) (undoButton.current ?? message.current)?.focus();
  }, [here ? current : undefined]);

  async function undo() {
    const action = current.undo;
    clearStatus();
    await action?.();
  }
  return (
    <div class={here ? 'status-line shown' : 'status-line'} data-place={place}>
      <p role="status" tabIndex={-1} ref={message}>
        {here ? current.message : ''}
      </p>
      {here && current.undo && (
        <button type="button" ref={undoButton} onClick={() => void undo()}>
          {t('popup_undo')}
        </button>
      )}
    </div>
  );
}
