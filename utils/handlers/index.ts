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
import { importAll } from './import';
import { deleteAll } from './delete-all';

/** Every message the background answers, by name. */
export const handlers: HandlerTable = {
  'content:get-config': () => getConfig(),
  'content:pause-opened': pauseOpened,
  'content:pause-closed': (data) => pauseClosed(data),
  'content:save-draft': (data) => saveDraft(data),
  'content:load-kit': injectKit,
  'content:start-breathing': () => startBreathing(),
  'page:put-records': putPageRecords,
  'page:delete-records': deletePageRecords,
  'page:delete-drafts': deletePageDrafts,
  'page:export': () => exportAll(),
  'page:import': importAll,
  'page:delete-all': deleteAll,
  'page:add-site': (data) => addSite(data.origin),
  'page:remove-site': (data) => removeSite(data.origin),
};
