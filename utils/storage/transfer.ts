import * as z from 'zod/mini';
import { GroundingSession, JournalRecord, MicroMoment, PauseEvent, Rupture, SavedDraft, Settings } from './schemas';

/** The JSON export: versioned; an import reads it entry by entry before writing anything (see `readImport`). */
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
export const IMPORT_REFUSALS = ['too-large', 'forbidden-key', 'not-json', 'csv', 'not-steady', 'version', 'invalid'] as const;
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

/** An entry of the file that cannot be read: its place (1-based) and what it claims to be, if anything. */
export type UnreadableEntry = { part: 'record' | 'draft' | 'settings'; entry: number; type?: JournalRecord['type'] };

/** What a file holds that can be imported, and what cannot (left out, never written). */
export type ImportPlan = { settings?: Settings; records: JournalRecord[]; drafts: SavedDraft[]; unreadable: UnreadableEntry[] };

const RECORD_TYPES = new Set<unknown>(['pause', 'moment', 'grounding', 'rupture']);
const Envelope = z.object({ records: z.array(z.unknown()), drafts: z.array(z.unknown()) });

/**
 * Reads an export file entry by entry. A file that is not a Steady export at all is refused
 * (the CSV export with a reason of its own); within one, each entry that fails its schema or
 * repeats an id is left out and listed, and the rest is kept.
 */
export function readImport(json: string): ImportPlan {
  if (json.length > MAX_IMPORT_BYTES) throw new ImportError('too-large');
  let raw: unknown;
  try {
    raw = JSON.parse(json, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError('forbidden-key', key);
      return value;
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(json.trimStart().startsWith(CSV_COLUMNS.slice(0, 3).join(',')) ? 'csv' : 'not-json');
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== EXPORT_FORMAT) throw new ImportError('not-steady');
  const version = (raw as { version?: unknown }).version;
  if (version !== EXPORT_VERSION) throw new ImportError('version', String(version).slice(0, 20));
  const lists = Envelope.safeParse(raw);
  if (!lists.success) throw new ImportError('invalid');

  const unreadable: UnreadableEntry[] = [];
  const ids = new Set<string>();
  const records: JournalRecord[] = [];
  lists.data.records.forEach((value, index) => {
    const parsed = JournalRecord.safeParse(value);
    if (parsed.success && !ids.has(parsed.data.id)) {
      ids.add(parsed.data.id);
      records.push(parsed.data);
      return;
    }
    const type = (value as { type?: unknown } | null)?.type;
    unreadable.push({ part: 'record', entry: index + 1, ...(RECORD_TYPES.has(type) ? { type: type as JournalRecord['type'] } : {}) });
  });
  const drafts: SavedDraft[] = [];
  lists.data.drafts.forEach((value, index) => {
    const parsed = SavedDraft.safeParse(value);
    if (parsed.success) drafts.push(parsed.data);
    else unreadable.push({ part: 'draft', entry: index + 1 });
  });
  const settings = Settings.safeParse((raw as { settings?: unknown }).settings);
  if (!settings.success) unreadable.push({ part: 'settings', entry: 1 });
  return { ...(settings.success ? { settings: settings.data } : {}), records, drafts, unreadable };
}

/** Every field of every record kind, once, in the order the kinds list them. */
export const CSV_COLUMNS: readonly string[] = [...new Set([PauseEvent, MicroMoment, GroundingSession, Rupture].flatMap((kind) => Object.keys(kind.shape)))];
const TIME_COLUMNS = new Set(['at', 'promptAt', 'repairedAt']);

/** A local time with its offset, as a person reads it and a spreadsheet sorts it: `2026-11-20T13:00:00+01:00`. */
export function localTime(ms: number): string {
  const date = new Date(ms);
  const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
}

/** Records as CSV for spreadsheets: one row a record, every field a column, times local, text fields quoted. */
export function recordsToCsv(records: JournalRecord[]): string {
  const cell = (value: unknown): string => {
    if (value === undefined || value === null) return '';
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    // Neutralise spreadsheet formulas and quote everything that needs it.
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const rows = records.map((record) => {
    const row = record as Record<string, unknown>;
    return CSV_COLUMNS.map((column) => (TIME_COLUMNS.has(column) && typeof row[column] === 'number' ? localTime(row[column]) : cell(row[column]))).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\n');
}
