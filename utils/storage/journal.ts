import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { JournalRecord } from './schemas';
import { describeIssues, quarantine, withQuarantined, type Quarantined } from './quarantine';
import { createSerialQueue } from './serial';
import { journalMonthV2 } from './migrations';

/**
 * The journal keeps records in one storage key per calendar month (UTC), so adding
 * a record rewrites one month, never the whole history. An index key lists the
 * months that exist, so a range read never scans storage.
 */

type MonthRecords = Record<string, JournalRecord>;

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const MonthKey = z.string().check(z.regex(MONTH_PATTERN));

/** v2: pause outcomes that Steady caused itself are kept apart from the person's choices. */
export const JOURNAL_VERSION = 2;
export const journalIndexItem = storage.defineItem<string[]>('local:journal', { fallback: [], version: JOURNAL_VERSION });

const monthItems = new Map<string, WxtStorageItem<MonthRecords, Record<string, never>>>();
export function monthItem(month: string): WxtStorageItem<MonthRecords, Record<string, never>> {
  let item = monthItems.get(month);
  if (!item) {
    item = storage.defineItem<MonthRecords>(`local:journal:${month}`, {
      fallback: {},
      version: JOURNAL_VERSION,
      migrations: { 2: (stored: unknown) => journalMonthV2(stored) as MonthRecords },
    });
    monthItems.set(month, item);
  }
  return item;
}

export function monthOf(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/** Months from `from` to `to` inclusive, as `YYYY-MM`. */
export function monthsBetween(from: number, to: number): string[] {
  const months: string[] = [];
  const cursor = new Date(Date.UTC(new Date(from).getUTCFullYear(), new Date(from).getUTCMonth(), 1));
  while (cursor.getTime() <= to) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

function groupByMonth<T extends { at: number }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const month = monthOf(item.at);
    groups.set(month, [...(groups.get(month) ?? []), item]);
  }
  return groups;
}

export type MonthRead = { records: JournalRecord[]; invalid: Array<{ id: string; value: unknown; reason: string }> };

/** Splits a stored month into valid records and the entries that failed validation. */
export function validateMonth(raw: unknown): MonthRead {
  const result: MonthRead = { records: [], invalid: [] };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw != null) result.invalid.push({ id: '(month)', value: raw, reason: 'not an object' });
    return result;
  }
  for (const [id, value] of Object.entries(raw)) {
    const parsed = JournalRecord.safeParse(value);
    if (!parsed.success) result.invalid.push({ id, value, reason: describeIssues(parsed.error) });
    else if (parsed.data.id !== id) result.invalid.push({ id, value, reason: 'id does not match its key' });
    else result.records.push(parsed.data);
  }
  return result;
}

/** The months in the index; a damaged entry is skipped, never the whole index. */
export async function readIndex(): Promise<string[]> {
  const raw: unknown = await journalIndexItem.getValue();
  const entries = Array.isArray(raw) ? raw.filter((entry): entry is string => MonthKey.safeParse(entry).success) : [];
  return [...new Set(entries)].sort();
}

/** Reads the valid records of the given months; invalid entries are left for the writer to quarantine. */
export async function readMonths(months: string[]): Promise<JournalRecord[]> {
  // Each item's own read waits for its migration; a bulk read would not.
  const values = await Promise.all(months.map((month) => monthItem(month).getValue()));
  return values.flatMap((value) => validateMonth(value).records);
}

export async function readRange(from: number, to: number): Promise<JournalRecord[]> {
  const wanted = new Set(monthsBetween(from, to));
  const months = (await readIndex()).filter((month) => wanted.has(month));
  return (await readMonths(months)).filter((record) => record.at >= from && record.at <= to);
}

export async function readAll(): Promise<JournalRecord[]> {
  return readMonths(await readIndex());
}

// ---- writes: the background worker is the only caller ----

const enqueue = createSerialQueue();

async function loadMonthForWrite(month: string): Promise<MonthRecords> {
  const item = monthItem(month);
  const raw = await item.getValue();
  const { records, invalid } = validateMonth(raw);
  for (const entry of invalid) await quarantine(`journal:${month}/${entry.id}`, entry.value, entry.reason);
  return Object.fromEntries(records.map((record) => [record.id, record]));
}

async function addToIndex(months: string[]): Promise<void> {
  const index = await readIndex();
  const missing = months.filter((month) => !index.includes(month));
  if (missing.length > 0) await journalIndexItem.setValue([...index, ...missing].sort());
}

type PendingPut = {
  records: JournalRecord[];
  replacing: Array<{ id: string; at: number }>;
  resolve: (result: { written: number }) => void;
  reject: (error: Error) => void;
};
let pendingPuts: PendingPut[] = [];

/**
 * Inserts or replaces records by id (so a retried message never duplicates one).
 * An edit that moves a record to another month names its old place in `replacing`,
 * so an append never has to search the history. Writes that arrive together are
 * written together: each month is read and written once per batch.
 */
export function putRecords(records: JournalRecord[], replacing: Array<{ id: string; at: number }> = []): Promise<{ written: number }> {
  for (const record of records) {
    const parsed = JournalRecord.safeParse(record);
    if (!parsed.success) return Promise.reject(new Error(`invalid record (${describeIssues(parsed.error)})`));
  }
  return new Promise((resolve, reject) => {
    pendingPuts.push({ records, replacing, resolve, reject });
    if (pendingPuts.length === 1) void enqueue(writePendingPuts);
  });
}

/** The index is written before the months, so an interrupted write never hides a month. */
async function writePendingPuts(): Promise<void> {
  const batch = pendingPuts;
  pendingPuts = [];
  try {
    const records = batch.flatMap((put) => put.records);
    const byMonth = groupByMonth(records);
    await addToIndex([...byMonth.keys()]);
    for (const [month, monthRecords] of byMonth) {
      const current = await loadMonthForWrite(month);
      for (const record of monthRecords) current[record.id] = record;
      await monthItem(month).setValue(current);
    }
    const finalMonth = new Map(records.map((record) => [record.id, monthOf(record.at)]));
    const moved = batch.flatMap((put) => put.replacing).filter((old) => finalMonth.get(old.id) !== monthOf(old.at));
    for (const [month, refs] of groupByMonth(moved)) await removeFromMonth(month, refs.map((ref) => ref.id));
    for (const put of batch) put.resolve({ written: put.records.length });
  } catch (error) {
    for (const put of batch) put.reject(error instanceof Error ? error : new Error('write failed'));
  }
}

async function removeFromMonth(month: string, ids: string[]): Promise<JournalRecord[]> {
  const current = await loadMonthForWrite(month);
  const removed = ids.flatMap((id) => (current[id] ? [current[id]] : []));
  if (removed.length === 0) return removed;
  for (const record of removed) delete current[record.id];
  await monthItem(month).setValue(current);
  return removed;
}

/** Deletes records by id and returns what was removed, so the caller can offer undo. */
export function deleteRecords(refs: Array<{ id: string; at: number }>): Promise<JournalRecord[]> {
  return enqueue(async () => {
    const byMonth = groupByMonth(refs);
    const removed: JournalRecord[] = [];
    for (const [month, monthRefs] of byMonth) removed.push(...(await removeFromMonth(month, monthRefs.map((ref) => ref.id))));
    return removed;
  });
}

/** Drops whole months that end before `before` (retention). */
export function purgeMonthsBefore(before: number): Promise<number> {
  return enqueue(async () => {
    const cutoff = monthOf(before);
    const index = await readIndex();
    const old = index.filter((month) => month < cutoff);
    if (old.length === 0) return 0;
    await storage.removeItems(old.map((month) => ({ item: monthItem(month), options: { removeMeta: true } })));
    await journalIndexItem.setValue(index.filter((month) => month >= cutoff));
    return old.length;
  });
}

/**
 * Daily maintenance: lists every month key that exists (repairing an index that lost
 * one), and moves every invalid entry to quarantine. Returns how many were moved. All
 * of it is one storage write, so stopping midway leaves the old state or the new one.
 */
export function quarantineInvalid(): Promise<number> {
  return enqueue(async () => {
    const stored = Object.keys(await storage.snapshot('local'))
      .map((key) => key.match(/^journal:(\d{4}-\d{2})$/)?.[1])
      .filter((month): month is string => month !== undefined && MonthKey.safeParse(month).success);
    const index = await readIndex();
    const months = [...new Set([...index, ...stored])].sort();
    const writes: Parameters<typeof storage.setItems>[0] = [];
    if (months.length !== index.length || index.length !== (await journalIndexItem.getValue())?.length) writes.push({ item: journalIndexItem, value: months });
    const moved: Quarantined[] = [];
    for (const month of months) {
      const { records, invalid } = validateMonth(await monthItem(month).getValue());
      if (invalid.length === 0) continue;
      moved.push(...invalid.map((entry) => ({ key: `journal:${month}/${entry.id}`, value: entry.value, reason: entry.reason })));
      writes.push({ item: monthItem(month), value: Object.fromEntries(records.map((record) => [record.id, record])) });
    }
    if (moved.length > 0) writes.push(await withQuarantined(moved));
    if (writes.length > 0) await storage.setItems(writes);
    return moved.length;
  });
}

export function clearJournal(): Promise<void> {
  return enqueue(async () => {
    const index = await readIndex();
    await storage.removeItems([
      ...index.map((month) => ({ item: monthItem(month), options: { removeMeta: true } })),
      { item: journalIndexItem, options: { removeMeta: true } },
    ]);
  });
}
