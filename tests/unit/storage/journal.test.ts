import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setAside } from '../set-aside';
import {
  deleteRecords,
  monthsBetween,
  purgeMonthsBefore,
  putRecords,
  quarantineInvalid,
  readAll,
  readIndex,
  readRange,
  type JournalRecord,
  type MicroMoment,
} from '@/utils/storage';

const day = 86_400_000;
const base = Date.UTC(2026, 10, 15, 12);

function moment(id: string, at = base, extra: Partial<MicroMoment> = {}): MicroMoment {
  return { type: 'moment', id, at, kind: 'asked-for-help', ...extra };
}

describe('the monthly journal', () => {
  it('stores records in one key per month and lists the months in an index', async () => {
    await putRecords([moment('a1', base), moment('b1', base - 40 * day), moment('c1', base + 20 * day)]);
    expect(await readIndex()).toEqual(['2026-10', '2026-11', '2026-12']);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored['journal:2026-11'] as object)).toEqual(['a1']);
    expect((await readAll()).map((record) => record.id).sort()).toEqual(['a1', 'b1', 'c1']);
  });

  it('is idempotent by id: the same record written twice is stored once', async () => {
    await putRecords([moment('a1')]);
    await putRecords([moment('a1')]);
    await Promise.all([putRecords([moment('a1')]), putRecords([moment('a1')])]);
    expect(await readAll()).toHaveLength(1);
  });

  it('loses nothing when many writes arrive at once', async () => {
    await Promise.all(Array.from({ length: 200 }, (_, index) => putRecords([moment(`m${index}`, base + index * 1000)])));
    expect(await readAll()).toHaveLength(200);
  });

  it('replaces an edited record, moving it when its date changes month', async () => {
    await putRecords([moment('a1', base, { note: 'first' })]);
    await putRecords([moment('a1', base, { note: 'second' })], [{ id: 'a1', at: base }]);
    expect(await readAll()).toMatchObject([{ id: 'a1', note: 'second' }]);
    await putRecords([moment('a1', base - 40 * day, { note: 'edited' })], [{ id: 'a1', at: base }]);
    const all = await readAll();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ id: 'a1', note: 'edited', at: base - 40 * day });
  });

  it('deletes by id and returns what it removed, for undo', async () => {
    await putRecords([moment('a1'), moment('a2')]);
    const removed = await deleteRecords([{ id: 'a1', at: base }]);
    expect(removed.map((record) => record.id)).toEqual(['a1']);
    expect((await readAll()).map((record) => record.id)).toEqual(['a2']);
    await putRecords(removed);
    expect(await readAll()).toHaveLength(2);
  });

  it('reads a time range across months', async () => {
    await putRecords([moment('old', base - 60 * day), moment('in1', base - 2 * day), moment('in2', base), moment('late', base + 3 * day)]);
    const range = await readRange(base - 3 * day, base + day);
    expect(range.map((record) => record.id).sort()).toEqual(['in1', 'in2']);
  });

  it('refuses records that fail validation', async () => {
    const invalid = { ...moment('x1'), kind: 'not-a-kind' } as unknown as JournalRecord;
    await expect(putRecords([moment('ok'), invalid])).rejects.toThrow(/invalid record/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('moves invalid stored entries to quarantine instead of dropping them', async () => {
    await putRecords([moment('good')]);
    await fakeBrowser.storage.local.set({
      'journal:2026-11': { good: moment('good'), bad: { type: 'moment', id: 'bad', at: 'yesterday' }, other: moment('mismatch') },
    });
    expect((await readAll()).map((record) => record.id)).toEqual(['good']);
    expect(await quarantineInvalid()).toBe(2);
    const quarantined = await setAside();
    expect(quarantined.map((entry) => entry.key).sort()).toEqual(['journal:2026-11/bad', 'journal:2026-11/other']);
    expect(quarantined[0].reason).not.toContain('yesterday');
    expect(await quarantineInvalid()).toBe(0);
  });

  it('keeps a readable journal when a month holds something that is not an object', async () => {
    await putRecords([moment('good'), moment('older', base - 40 * day)]);
    await fakeBrowser.storage.local.set({ 'journal:2026-10': 'garbage' });
    expect((await readAll()).map((record) => record.id)).toEqual(['good']);
    await quarantineInvalid();
    expect((await setAside()).map((entry) => entry.key)).toEqual(['journal:2026-10/(month)']);
  });

  it('purges whole months older than the retention cutoff', async () => {
    await putRecords([moment('old', base - 100 * day), moment('new', base)]);
    expect(await purgeMonthsBefore(base - 30 * day)).toBe(1);
    expect((await readAll()).map((record) => record.id)).toEqual(['new']);
    expect(await readIndex()).toEqual(['2026-11']);
  });

  it('lists the months a range spans', () => {
    expect(monthsBetween(Date.UTC(2025, 10, 30), Date.UTC(2026, 1, 1))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
