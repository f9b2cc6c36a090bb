import * as z from 'zod/mini';
import { JournalRecord, SavedDraft, Settings } from './schemas';
import { describeIssues } from './quarantine';

/** The JSON export: versioned, and validated as a whole before an import writes anything. */
export const EXPORT_FORMAT = 'steady-export';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export const ExportFile = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.number(),
  settings: Settings,
  records: z.array(JournalRecord).check(z.maxLength(1_000_000)),
  drafts: z.array(SavedDraft).check(z.maxLength(10_000)),
});
export type ExportFile = z.infer<typeof ExportFile>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why an import was refused: a code the options page words in the person's language. */
export const IMPORT_REFUSALS = ['too-large', 'forbidden-key', 'not-json', 'not-steady', 'version', 'invalid', 'duplicate-id'] as const;
export type ImportRefusal = (typeof IMPORT_REFUSALS)[number];

/** Its message is "<refusal>" or "<refusal>: <detail>", so the reason survives the message boundary. */
export class ImportError extends Error {
  constructor(
    readonly refusal: ImportRefusal,
    readonly detail = '',
  ) {
    super(detail ? `${refusal}: ${detail}` : refusal);
  }
}

/** Parses and validates an export file, saying precisely what is wrong with a bad one. */
export function parseExport(json: string): ExportFile {
  if (json.length > MAX_IMPORT_BYTES) throw new ImportError('too-large');
  let raw: unknown;
  try {
    raw = JSON.parse(json, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError('forbidden-key', key);
      return value;
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('not-json');
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw new ImportError('not-steady');
  }
  const version = (raw as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) throw new ImportError('version', String(version).slice(0, 20));
  const parsed = ExportFile.safeParse(raw);
  if (!parsed.success) throw new ImportError('invalid', describeIssues(parsed.error));
  const ids = new Set<string>();
  for (const record of parsed.data.records) {
    if (ids.has(record.id)) throw new ImportError('duplicate-id', record.id);
    ids.add(record.id);
  }
  return parsed.data;
}

/** Records as CSV for spreadsheets: one row a record, text fields quoted. */
export function recordsToCsv(records: JournalRecord[]): string {
  const columns = ['type', 'id', 'at', 'kind', 'site', 'trigger', 'patterns', 'score', 'outcome', 'durationMs', 'exercise', 'completed', 'safety', 'before', 'after', 'person', 'note'] as const;
  const cell = (value: unknown): string => {
    if (value === undefined || value === null) return '';
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    // Neutralise spreadsheet formulas and quote everything that needs it.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const rows = records.map((record) => {
    const row = record as Record<string, unknown>;
    return columns.map((column) => (column === 'at' ? new Date(record.at).toISOString() : cell(row[column]))).join(',');
  });
  return [columns.join(','), ...rows].join('\n');
}
