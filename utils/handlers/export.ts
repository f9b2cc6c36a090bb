import { EXPORT_FORMAT, EXPORT_VERSION, readAll, readDrafts, readSettings, type ExportFile } from '../storage';

export async function exportAll(now = Date.now()): Promise<{ json: string }> {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    settings: await readSettings(),
    records: (await readAll()).sort((a, b) => a.at - b.at),
    drafts: await readDrafts(now),
  };
  return { json: JSON.stringify(file) };
}
