import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { SavedDraft } from '@/utils/storage';
import { formatDateTime, formatLongDay, siteLabel } from './format';
import { announce } from './status';

/** Drafts the person chose to save for later: copy one back out, or delete it. They expire as set. */
export function Drafts({ drafts }: { drafts: SavedDraft[] }) {
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
      await sendMessage('page:delete-drafts', { ids: [draft.id] });
      announce(t('popup_draftDeleted'));
    } catch {
      announce(t('popup_saveFailed'));
    }
  }
  return (
    <section aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('popup_draftsHeading')}</h2>
      {drafts.length === 0 && <p class="muted">{t('popup_draftsEmpty')}</p>}
      <ul class="history">
        {drafts.map((draft, index) => (
          <li key={draft.id} class="card">
            <p class="muted small">
              {t('popup_draftMeta', [siteLabel(draft.site), formatDateTime(draft.at), formatLongDay(draft.expiresAt)])}
            </p>
            <p class="note draft-text">{draft.text}</p>
            <div class="actions">
              <button type="button" aria-label={t('popup_draftCopyLabel', index + 1)} onClick={() => void copy(draft)}>{t('popup_draftCopy')}</button>
              <button type="button" aria-label={t('popup_draftDeleteLabel', index + 1)} onClick={() => void remove(draft)}>{t('popup_draftDelete')}</button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
