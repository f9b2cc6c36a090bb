import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { send } from './send';
import type { SavedDraft } from '@/utils/storage';
import { formatDateTime, formatLongDay, siteLabel } from './format';
import { announce } from './status';
import { draftToOpen } from './open-draft';

/** Drafts the person chose to save for later: copy one back out, or delete it. They expire as set. */
export function Drafts({ drafts }: { drafts: SavedDraft[] }) {
  const opened = useRef<HTMLLIElement>(null);
  const wanted = draftToOpen.value;
  // The draft a reminder led to comes first, with focus on it once it has loaded.
  const shown = wanted ? [...drafts.filter((draft) => draft.id === wanted), ...drafts.filter((draft) => draft.id !== wanted)] : drafts;
  const found = drafts.some((draft) => draft.id === wanted);
  useEffect(() => {
    if (found) opened.current?.focus();
  }, [found]);
  async function copy(draft: SavedDraft) {
    try {
      await navigator.clipboard.writeText(draft.text);
      announce(t('popup_draftCopied'));
    } catch {
      announce(t('popup_draftCopyFailed'));
    }
  }
  async function remove(draft: SavedDraft) {
    try {
      await send('page:delete-drafts', { ids: [draft.id] });
      announce(t('popup_draftDeleted'), { focus: true });
    } catch {
      announce(t('popup_saveFailed'));
    }
  }
  return (
    <section aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('popup_draftsHeading')}</h2>
      {drafts.length === 0 && <p class="muted">{t('popup_draftsEmpty')}</p>}
      <ul class="history">
        {shown.map((draft, index) => (
          <li
            key={draft.id}
            class={draft.id === wanted ? 'card opened' : 'card'}
            ref={draft.id === wanted ? opened : undefined}
            tabIndex={draft.id === wanted ? -1 : undefined}
          >
            {draft.id === wanted && <p class="small opened-tag">{t('popup_draftOpenedLabel')}</p>}
            <p class="muted small">{t('popup_draftMeta', [siteLabel(draft.site), formatDateTime(draft.at), formatLongDay(draft.expiresAt)])}</p>
            {draft.subject && <p class="draft-subject">{t('popup_draftSubject', draft.subject)}</p>}
            <p class="note draft-text">{draft.text}</p>
            <div class="actions">
              <button type="button" aria-label={t('popup_draftCopyLabel', index + 1)} onClick={() => void copy(draft)}>
                {t('popup_draftCopy')}
              </button>
              <button type="button" aria-label={t('popup_draftDeleteLabel', index + 1)} onClick={() => void remove(draft)}>
                {t('popup_draftDelete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
