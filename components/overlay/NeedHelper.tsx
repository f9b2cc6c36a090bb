import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/** "I feel … when …; what I'd like is …": a sentence to name a need, kept only on screen. */
export function NeedHelper() {
  const [feel, setFeel] = useState('');
  const [when, setWhen] = useState('');
  const [like, setLike] = useState('');
  const [copied, setCopied] = useState(false);
  const sentence = t('overlay_needs_sentence', [feel || '…', when || '…', like || '…']);
  const field = (id: string, label: string, value: string, set: (value: string) => void) => (
    <>
      <label for={id}>{label}</label>
      <input id={id} value={value} onInput={(event) => set(event.currentTarget.value)} />
    </>
  );
  return (
    <details>
      <summary>{t('overlay_needs_summary')}</summary>
      {field('steady-feel', t('overlay_needs_feel'), feel, setFeel)}
      {field('steady-when', t('overlay_needs_when'), when, setWhen)}
      {field('steady-like', t('overlay_needs_like'), like, setLike)}
      <p aria-live="polite">{sentence}</p>
      <button
        type="button"
        onClick={(event) => {
          if (!event.isTrusted) return;
          void navigator.clipboard.writeText(sentence).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {copied ? t('overlay_copied') : t('overlay_copy')}
      </button>
    </details>
  );
}
