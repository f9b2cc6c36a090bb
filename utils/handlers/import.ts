import type { RequestOf } from '../messaging';
import { journalWritesAdding, readAll, readImport, repairSettings, settingsItem, validateDrafts, withQuarantined, type ImportPlan } from '../storage';
import { commitStaged } from '../storage/import-stage';
import { draftsItem } from '../storage/drafts';
import { enqueueWrite } from '../storage/writer';

/** Settings that belong to this browser, not to the person's data: an import never changes them. */
const DEVICE_ONLY = ['addedSites', 'onboarded', 'syncSettings'] as const;

/** The entries of a file not already here (by id), so importing twice adds nothing. */
async function freshEntries(plan: ImportPlan) {
  const known = new Set((await readAll()).map((record) => record.id));
  const storedDrafts = validateDrafts(await draftsItem.getValue());
  const knownDrafts = new Set(storedDrafts.drafts.map((draft) => draft.id));
  const records = plan.records.filter((record) => !known.has(record.id));
  const drafts = plan.drafts.filter((draft) => !knownDrafts.has(draft.id));
  return { records, drafts, storedDrafts, skipped: plan.records.length - records.length + plan.drafts.length - drafts.length };
}

/** What importing a file would add, and what it leaves out, before anything is written. */
export async function previewImport(data: RequestOf<'page:import-preview'>) {
  const plan = readImport(data.json);
  const { records, drafts, skipped } = await freshEntries(plan);
  const count = (type: string) => records.filter((record) => record.type === type).length;
  return {
    moments: count('moment'),
    pauses: count('pause'),
    grounding: count('grounding'),
    ruptures: count('rupture'),
    drafts: drafts.length,
    skipped,
    unreadable: plan.unreadable.slice(0, 20),
    unreadableCount: plan.unreadable.length,
  };
}

/** Every write an import makes, worked out against what is stored now; with the counts it reports. */
async function importWrites(plan: ImportPlan) {
  const { records, drafts, storedDrafts, skipped } = await freshEntries(plan);
  const journal = await journalWritesAdding(records);
  const current = repairSettings(await settingsItem.getValue());
  const settings = plan.settings && {
    ...current.unknown,
    ...plan.settings,
    ...Object.fromEntries(DEVICE_ONLY.map((field) => [field, current.settings[field]])),
  };

  const setAside = [
    ...journal.setAside,
    ...storedDrafts.invalid.map((entry) => ({ key: 'drafts', value: entry.value, reason: entry.reason })),
    ...current.invalid.map((entry) => ({ key: `settings.${entry.field}`, value: entry.value, reason: entry.reason })),
  ];
  const writes = [
    ...journal.writes,
    { item: draftsItem, value: [...storedDrafts.drafts, ...drafts] },
    ...(settings ? [{ item: settingsItem, value: settings }] : []),
    ...(await withQuarantined(setAside)),
  ];
  return { writes, counts: { added: records.length + drafts.length, skipped, unreadable: plan.unreadable.length } };
}

/**
 * Imports what can be read from an export file: entries already stored are skipped, unreadable
 * ones left out, and a file that is not a Steady export throws before anything is written.
 * Everything it changes lands in one step (see `storage/import-stage`): a stop at any point
 * leaves the old data or the new.
 */
export async function importAll(data: RequestOf<'page:import'>) {
  const plan = readImport(data.json);
  return enqueueWrite(async () => {
    const { writes, counts } = await importWrites(plan);
    await commitStaged(writes);
    return counts;
  });
}
