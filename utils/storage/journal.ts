import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { JournalRecord } from './schemas';
import { describeIssues, withQuarantined, type Quarantined, type StorageWrite } from './quarantine';
import { enqueueWrite, writesQueued } from './writer';
import { upgradeJournalMonth } from './migrations';
import { MONTH_PATTERN, monthOf, monthsBetween } from './months';

export { monthOf, monthsBetween } from './months';

/**
 * The journal keeps records in one storage key per calendar month (UTC), so adding
 * a record rewrites one month, never the whole history. An index key lists the
 * months that exist, so a range read never scans storage.
 */

type MonthRecords = Record<string, JournalRecord>;

const MonthKey = z.string().check(z.regex(MONTH_PATTERN));

/** v2: pause outcomes that Steady caused itself are kept apart from the person's choices. */
export const JOURNAL_VERSION = 2;
export const journalIndexItem = storage.defineItem<string[]>('local:journal', { fallback: [], version: JOURNAL_VERSION });

const monthKey = (month: string) => `journal:${month}` as const;

/** A stored month as it was written, and the journal version it was written at (1 when unmarked). */
type StoredMonth = { raw: unknown; version: number };

async function readStoredMonths(months: string[]): Promise<StoredMonth[]> {
  const keys = months.flatMap((month) => [monthKey(month), `${monthKey(month)}$`]);
  const stored = keys.length > 0 ? await browser.storage.local.get(keys) : {};
  return months.map((month) => {
    const version = (stored[`${monthKey(month)}$`] as { v?: unknown } | undefined)?.v;
    return { raw: stored[monthKey(month)], version: typeof version === 'number' ? version : 1 };
  });
}

/**
 * A stored month in today's shape. Readers bring an older month up to date in memory, so a page
 * never writes; the worker stores the result on its next write to that month, or after an update.
 */
function currentShape({ raw, version }: StoredMonth): unknown {
  return version < JOURNAL_VERSION ? upgradeJournalMonth(raw, version, JOURNAL_VERSION) : raw;
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

/** Reads the valid records of the given months; invalid entries are left for the writer to set aside. */
export async function readMonths(months: string[]): Promise<JournalRecord[]> {
  return (await readStoredMonths(months)).flatMap((stored) => validateMonth(currentShape(stored)).records);
}

export async function readRange(from: number, to: number): Promise<JournalRecord[]> {
  const wanted = new Set(monthsBetween(from, to));
  const months = (await readIndex()).filter((month) => wanted.has(month));
  return (await readMonths(months)).filter((record) => record.at >= from && record.at <= to);
}

export async function readAll(): Promise<JournalRecord[]> {
  return readMonths(await readIndex());
}

/** Whether a record with this id is stored in the month of `near` or of the day before it. */
export async function recordStored(id: string, near: number): Promise<boolean> {
  const months = [...new Set([monthOf(near - 86_400_000), monthOf(near)])];
  return (await readMonths(months)).some((record) => record.id === id);
}

// ---- writes: the background worker is the only caller, through the write queue ----

type MonthWrite = { records: MonthRecords; setAside: Quarantined[] };

/**
 * A month as the next write should start from: its valid records, and the entries to set
 * aside in that same write. A month written by a newer version of Steady is set aside whole
 * (an older build cannot know what it holds), so nothing it has is lost or half-rewritten.
 */
async function loadMonthForWrite(month: string): Promise<MonthWrite> {
  const [stored] = await readStoredMonths([month]);
  if (stored.version > JOURNAL_VERSION && stored.raw != null) {
    return { records: {}, setAside: [{ key: monthKey(month), value: stored.raw, reason: `written by a newer version (v${stored.version})` }] };
  }
  const { records, invalid } = validateMonth(currentShape(stored));
  return {
    records: Object.fromEntries(records.map((record) => [record.id, record])),
    setAside: invalid.map((entry) => ({ key: `journal:${month}/${entry.id}`, value: entry.value, reason: entry.reason })),
  };
}

/** One storage write: the month, its version record, and what was set aside from it. */
async function saveMonth(month: string, { records, setAside }: MonthWrite): Promise<void> {
  await storage.setItems(monthWrites(month, records, await withQuarantined(setAside)));
}

function monthWrites(month: string, records: MonthRecords, extra: StorageWrite[] = []): StorageWrite[] {
  return [{ key: `local:${monthKey(month)}`, value: records }, { key: `local:${monthKey(month)}$`, value: { v: JOURNAL_VERSION } }, ...extra];
}

async function addToIndex(months: string[]): Promise<void> {
  const index = await readIndex();
  const missing = months.filter((month) => !index.includes(month));
  if (missing.length > 0) await journalIndexItem.setValue([...index, ...missing].sort());
}

/**
 * The writes that add `records` to the journal (the index and every month they fall in, with
 * whatever those months held that must be set aside), for a caller that makes them all in one
 * storage write, such as an import. Only for a task already running in the write queue.
 */
export async function journalWritesAdding(records: JournalRecord[]): Promise<{ writes: StorageWrite[]; setAside: Quarantined[] }> {
  const byMonth = groupByMonth(records);
  const index = await readIndex();
  const writes: StorageWrite[] = [{ item: journalIndexItem, value: [...new Set([...index, ...byMonth.keys()])].sort() }];
  const setAside: Quarantined[] = [];
  for (const [month, monthRecords] of byMonth) {
    const current = await loadMonthForWrite(month);
    for (const record of monthRecords) current.records[record.id] = record;
    writes.push(...monthWrites(month, current.records));
    setAside.push(...current.setAside);
  }
  return { writes, setAside };
}

type PendingPut = {
  records: JournalRecord[];
  replacing: Array<{ id: string; at: number }>;
  /** Leave a record that is already stored as it is (for writers that may only add). */
  keepStored: boolean;
  resolve: (result: { written: number }) => void;
  reject: (error: Error) => void;
};
/** The batch of puts still waiting in the write queue, and the queue count when it was queued. */
let waitingBatch: { puts: PendingPut[]; ticket: number } | undefined;

/**
 * Inserts or replaces records by id (so a retried message never duplicates one).
 * An edit that moves a record to another month names its old place in `replacing`,
 * so an append never has to search the history. Puts that arrive together, with no other
 * write queued between them, are written together: each month is read and written once.
 * With `keepStored`, a record whose id is already stored is left as it is.
 */
export function putRecords(
  records: JournalRecord[],
  replacing: Array<{ id: string; at: number }> = [],
  { keepStored = false } = {},
): Promise<{ written: number }> {
  for (const record of records) {
    const parsed = JournalRecord.safeParse(record);
    if (!parsed.success) return Promise.reject(new Error(`invalid record (${describeIssues(parsed.error)})`));
  }
  return new Promise((resolve, reject) => {
    const put: PendingPut = { records, replacing, keepStored, resolve, reject };
    if (waitingBatch && waitingBatch.ticket === writesQueued()) {
      waitingBatch.puts.push(put);
      return;
    }
    const batch = { puts: [put], ticket: 0 };
    waitingBatch = batch;
    void enqueueWrite(() => {
      if (waitingBatch === batch) waitingBatch = undefined;
      return writeBatch(batch.puts);
    });
    batch.ticket = writesQueued();
  });
}

/** The index is written before the months, so an interrupted write never hides a month. */
async function writeBatch(batch: PendingPut[]): Promise<void> {
  try {
    const entries = batch.flatMap((put) => put.records.map((record) => ({ record, keepStored: put.keepStored, at: record.at, put })));
    const byMonth = groupByMonth(entries);
    await addToIndex([...byMonth.keys()]);
    const written = new Map<PendingPut, number>();
    for (const [month, monthEntries] of byMonth) {
      const current = await loadMonthForWrite(month);
      for (const { record, keepStored, put } of monthEntries) {
        if (keepStored && current.records[record.id]) continue;
        current.records[record.id] = record;
        written.set(put, (written.get(put) ?? 0) + 1);
      }
      await saveMonth(month, current);
    }
    const finalMonth = new Map(entries.map(({ record }) => [record.id, monthOf(record.at)]));
    const moved = batch.flatMap((put) => put.replacing).filter((old) => finalMonth.get(old.id) !== monthOf(old.at));
    for (const [month, refs] of groupByMonth(moved))
      await removeFromMonth(
        month,
        refs.map((ref) => ref.id),
      );
    for (const put of batch) put.resolve({ written: written.get(put) ?? 0 });
  } catch (error) {
    for (const put of batch) put.reject(error instanceof Error ? error : new Error('write failed'));
  }
}

async function removeFromMonth(month: string, ids: string[]): Promise<JournalRecord[]> {
  const current = await loadMonthForWrite(month);
  const removed = ids.flatMap((id) => (current.records[id] ? [current.records[id]] : []));
  if (removed.length === 0 && current.setAside.length === 0) return removed;
  for (const record of removed) delete current.records[record.id];
  await saveMonth(month, current);
  return removed;
}

/**
 * Changes one stored record in place: `amend` gets the record with this id stored between
 * `from` and `to` and returns its new form, or undefined to leave it. Read and written in one
 * queued task, so no other write lands in between. Resolves to whether a record was changed.
 */
export function amendRecord(id: string, from: number, to: number, amend: (record: JournalRecord) => JournalRecord | undefined): Promise<boolean> {
  return enqueueWrite(async () => {
    const index = await readIndex();
    for (const month of monthsBetween(from, to).filter((month) => index.includes(month))) {
      const current = await loadMonthForWrite(month);
      const stored = current.records[id];
      if (!stored) continue;
      const amended = amend(stored);
      if (!amended) return false;
      const parsed = JournalRecord.safeParse(amended);
      if (!parsed.success || parsed.data.id !== id || monthOf(parsed.data.at) !== month) throw new Error('an amended record must stay valid and in place');
      current.records[id] = parsed.data;
      await saveMonth(month, current);
      return true;
    }
    return false;
  });
}

/** Deletes records by id and returns what was removed, so the caller can offer undo. */
export function deleteRecords(refs: Array<{ id: string; at: number }>): Promise<JournalRecord[]> {
  return enqueueWrite(async () => {
    const byMonth = groupByMonth(refs);
    const removed: JournalRecord[] = [];
    for (const [month, monthRefs] of byMonth)
      removed.push(
        ...(await removeFromMonth(
          month,
          monthRefs.map((ref) => ref.id),
        )),
      );
    return removed;
  });
}

/** Drops whole months that end before `before` (retention). */
export function purgeMonthsBefore(before: number): Promise<number> {
  return enqueueWrite(async () => {
    const cutoff = monthOf(before);
    const index = await readIndex();
    const old = index.filter((month) => month < cutoff);
    if (old.length === 0) return 0;
    await storage.removeItems(old.map((month) => ({ key: `local:${monthKey(month)}` as const, options: { removeMeta: true } })));
    await journalIndexItem.setValue(index.filter((month) => month >= cutoff));
    return old.length;
  });
}

/**
 * Daily maintenance, and the upgrade after an update: lists every month key that exists
 * (repairing an index that lost one), stores every month written by an older version in
 * today's shape, and moves every invalid entry to quarantine. Returns how many were moved.
 * All of it is one storage write, so stopping midway leaves the old state or the new one.
 */
export function quarantineInvalid(): Promise<number> {
  return enqueueWrite(async () => {
    const existing = Object.keys(await storage.snapshot('local'))
      .map((key) => key.match(/^journal:(\d{4}-\d{2})$/)?.[1])
      .filter((month): month is string => month !== undefined && MonthKey.safeParse(month).success);
    const index = await readIndex();
    const months = [...new Set([...index, ...existing])].sort();
    const writes: StorageWrite[] = [];
    if (months.length !== index.length || index.length !== (await journalIndexItem.getValue())?.length) writes.push({ item: journalIndexItem, value: months });
    const moved: Quarantined[] = [];
    const stored = await readStoredMonths(months);
    for (const [at, month] of months.entries()) {
      const { records, setAside } = await loadMonthForWrite(month);
      const upToDate = stored[at].raw == null || stored[at].version === JOURNAL_VERSION;
      if (setAside.length === 0 && upToDate) continue;
      moved.push(...setAside);
      writes.push(...monthWrites(month, records));
    }
    writes.push(...(await withQuarantined(moved)));
    if (writes.length > 0) await storage.setItems(writes);
    return moved.length;
  });
}

export function clearJournal(): Promise<void> {
  return enqueueWrite(async () => {
    const index = await readIndex();
    await storage.removeItems([
      ...index.map((month) => ({ key: `local:${monthKey(month)}` as const, options: { removeMeta: true } })),
      { item: journalIndexItem, options: { removeMeta: true } },
    ]);
  });
}
