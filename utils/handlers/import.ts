import type { RequestOf } from '../messaging';
import { syncAddedSites } from '../background/added-sites';
import { parseExport, putDraft, putRecords, readAll, readDrafts, settingsItem } from '../storage';

/**
 * Imports an export file. The whole file is validated first; records and drafts
 * whose id is already stored are skipped, so importing twice adds nothing.
 * A file that fails validation throws before anything is written.
 */
export async function importAll(data: RequestOf<'page:import'>) {
  const file = parseExport(data.json);
  const known = new Set((await readAll()).map((record) => record.id));
  const fresh = file.records.filter((record) => !known.has(record.id));
  const knownDrafts = new Set((await readDrafts()).map((draft) => draft.id));
  const freshDrafts = file.drafts.filter((draft) => !knownDrafts.has(draft.id));
  for (let start = 0; start < fresh.length; start += 2000) await putRecords(fresh.slice(start, start + 2000));
  for (const draft of freshDrafts) await putDraft(draft);
  await settingsItem.setValue(file.settings);
  // Added sites come back only where this browser has already granted them. The data is
  // in by now, so a failed registration must not report the import as failed; the
  // registrations are checked again when the extension starts or updates.
  await syncAddedSites().catch(() => undefined);
  return { added: fresh.length + freshDrafts.length, skipped: file.records.length - fresh.length + file.drafts.length - freshDrafts.length };
}
