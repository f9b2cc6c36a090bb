import { useEffect, useRef, useState } from 'preact/hooks';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startPause } from '@/utils/pause/intercept';
import { pauseKit } from '@/utils/pause/pause-kit';
import { provideKit } from '@/utils/pause/kit-loader';
import { t } from '@/utils/i18n';
import './practice.css';

/**
 * A pretend conversation where a person can try a pause safely. The real interception
 * and overlay run here (content scripts do not run on extension pages, so the page
 * starts them itself); "sent" replies only appear below.
 */
export function App() {
  const [sent, setSent] = useState<string[]>([]);
  const [draft, setDraft] = useState('');
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const ctx = new ContentScriptContext('practice');
    // This page carries the pause kit itself; on other sites the worker injects it.
    provideKit(pauseKit);
    startPause(ctx, { practice: true });
    return () => ctx.abort();
  }, []);

  const deliver = (event: Event) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    setSent((messages) => [...messages, draft]);
    setDraft('');
  };

  return (
    <main class="practice">
      <h1>{t('practiceHeading')}</h1>
      <p>{t('practice_intro')}</p>
      <section aria-label={t('practice_conversation')}>
        <ol class="conversation" data-testid="delivered">
          <li class="them">
            <span class="who">{t('practice_friendName')}</span>
            {t('practice_friendMessage')}
          </li>
          {sent.map((message, index) => (
            <li key={index} class="you">
              <span class="who">{t('practice_you')}</span>
              {message}
            </li>
          ))}
        </ol>
      </section>
      <form ref={form} class="composer" onSubmit={deliver}>
        <label for="practice-reply">{t('practice_composerLabel')}</label>
        <textarea
          id="practice-reply"
          rows={3}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
              event.preventDefault();
              form.current?.requestSubmit();
            }
          }}
        />
        <button type="submit" class="primary">
          {t('practice_send')}
        </button>
      </form>
      <p class="muted">{t('practice_hint')}</p>
    </main>
  );
}
