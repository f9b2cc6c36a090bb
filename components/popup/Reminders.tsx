import { t } from '@/utils/i18n';
import { send } from './send';
import type { SavedDraft } from '@/utils/storage';
import type { DueReminder } from '@/utils/storage/reminders';
import { siteLabel } from './format';
import { openDraft } from './open-draft';
import { go } from './views';

/** Reminders that came due without a notification: the popup's own way to bring them to the person. */
export function Reminders({ reminders, drafts }: { reminders: DueReminder[]; drafts: SavedDraft[] }) {
  // A draft deleted or expired since its reminder came has nothing left to open.
  const waiting = reminders.filter((reminder) => reminder.kind === 'check-in' || drafts.some((draft) => draft.id === reminder.id));
  if (waiting.length === 0) return null;
  function open(reminder: DueReminder) {
    void send('page:reminders-seen', { ids: [reminder.id] }).catch(() => undefined);
    if (reminder.kind === 'check-in') go('summary');
    else openDraft(reminder.id);
  }
  return (
    <section class="card prompt reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('popup_remindersHeading')}</h2>
      <ul>
        {waiting.map((reminder) => {
          const draft = drafts.find((saved) => saved.id === reminder.id);
          const text = draft ? t('popup_reminderDraft', siteLabel(draft.site)) : t('popup_reminderCheckIn');
          return (
            <li key={reminder.id}>
              <span>{text}</span>
              <button type="button" class="primary" onClick={() => open(reminder)}>
                {reminder.kind === 'check-in' ? t('popup_reminderOpenWeek') : t('popup_reminderOpenDraft')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
