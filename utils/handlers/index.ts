import type { HandlerTable } from '../messaging';
import { addSite, removeSite } from '../background/added-sites';
import { getConfig } from './get-config';
import { pauseOpened } from './pause-opened';
import { pauseClosed } from './pause-closed';
import { saveDraft } from './save-draft';
import { injectKit } from './load-kit';
import { startBreathing } from './start-breathing';
import { putPageRecords } from './put-records';
import { deletePageRecords } from './delete-records';
import { deletePageDrafts } from './delete-drafts';
import { exportAll } from './export';
import { updatePageSettings } from './update-settings';
import { markPageAsked } from './mark-asked';
import { clearSetAside, exportSetAside } from './set-aside';
import { importAll, previewImport } from './import';
import { deleteAll } from './delete-all';
import { remindersSeen } from '../background/reminders';
import { followUpAnswered } from './follow-up';
import { contentFeedback, learningReset, pageFeedback } from './pause-feedback';

/** Every message the background answers, by name. */
export const handlers: HandlerTable = {
  'content:get-config': () => getConfig(),
  'content:pause-opened': (data, sender) => pauseOpened(data, sender),
  'content:pause-closed': (data, sender) => pauseClosed(data, sender),
  'content:save-draft': (data, sender) => saveDraft(data, sender),
  'content:load-kit': injectKit,
  'content:start-breathing': () => startBreathing(),
  'content:pause-feedback': (data, sender) => contentFeedback(data, sender),
  'page:put-records': putPageRecords,
  'page:delete-records': deletePageRecords,
  'page:delete-drafts': deletePageDrafts,
  'page:update-settings': updatePageSettings,
  'page:mark-asked': markPageAsked,
  'page:export': () => exportAll(),
  'page:import-preview': previewImport,
  'page:import': importAll,
  'page:export-set-aside': () => exportSetAside(),
  'page:clear-set-aside': clearSetAside,
  'page:delete-all': deleteAll,
  'page:reminders-seen': (data) => remindersSeen(data.ids),
  'page:follow-up': (data) => followUpAnswered(data),
  'page:pause-feedback': (data) => pageFeedback(data),
  'page:reset-learning': (data) => learningReset(data),
  'page:add-site': (data) => addSite(data.origin),
  'page:remove-site': (data) => removeSite(data.origin),
};
