import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportAll } from '@/utils/handlers/export';
import { importAll } from '@/utils/handlers/import';
import { deleteAll } from '@/utils/handlers/delete-all';
import { ImportError, putDraft, putRecords, readAll, readDrafts, readSettings, recordsToCsv, settingsItem, type ExportFile } from '@/utils/storage';
import { CHANGED_SETTINGS, NOW, sampleDraft, sampleRecords, storageSnapshot } from './transfer-fixtures';

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));

async function seed() {
  await putRecords(sampleRecords());
  await putDraft(sampleDraft());
  await settingsItem.setValue(CHANGED_SETTINGS);
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});

describe('export and import', () => {
  it('gives back exactly what was exported after everything is deleted', async () => {
    await seed();
    const { json } = await exportAll(NOW);
    await deleteAll();
    expect(await readAll()).toEqual([]);
    expect(await readDrafts(NOW)).toEqual([]);

    const result = await importAll({ json });

    expect(result).toEqual({ added: 6, skipped: 0 });
    expect(byId(await readAll())).toEqual(byId(sampleRecords()));
    expect(await readDrafts(NOW)).toEqual([sampleDraft()]);
    expect(await readSettings()).toEqual(CHANGED_SETTINGS);
  });

  it('adds nothing when the same file is imported again', async () => {
    await seed();
    const { json } = await exportAll(NOW);
    const before = await storageSnapshot();

    expect(await importAll({ json })).toEqual({ added: 0, skipped: 6 });
    expect(await importAll({ json })).toEqual({ added: 0, skipped: 6 });
    expect(await storageSnapshot()).toEqual(before);
  });

  it('adds only the entries that are new, keeping those already here', async () => {
    await seed();
    const { json } = await exportAll(NOW);
    await deleteAll();
    await putRecords([sampleRecords()[0]]);

    expect(await importAll({ json })).toEqual({ added: 5, skipped: 1 });
    expect(await readAll()).toHaveLength(5);
  });
});

describe('a malformed or tampered import', () => {
  let valid: ExportFile;
  beforeEach(async () => {
    await seed();
    valid = JSON.parse((await exportAll(NOW)).json) as ExportFile;
    // The store differs from the file in every part, so any write would show.
    await deleteAll();
    await putRecords([{ type: 'moment', id: 'kept', at: NOW, kind: 'felt-understood' }]);
  });

  const withRecord = (change: (record: Record<string, unknown>) => void) => {
    const file = structuredClone(valid);
    change(file.records[0] as unknown as Record<string, unknown>);
    return JSON.stringify(file);
  };

  const cases: Array<[string, () => string, RegExp]> = [
    ['bad JSON', () => '{"format": "steady-export", "version": 1,,}', /^not-json$/],
    ['another format', () => JSON.stringify({ ...valid, format: 'other-app-backup' }), /^not-steady$/],
    ['a version this Steady cannot read', () => JSON.stringify({ ...valid, version: 2 }), /^version: 2$/],
    ['wrong types', () => withRecord((record) => (record.at = 'yesterday')), /^invalid: records\.0/],
    ['a huge string', () => withRecord((record) => (record.note = 'x'.repeat(1_000_000))), /^invalid: .*note/],
    ['a __proto__ key', () => JSON.stringify(valid).replace('"type":"moment"', '"__proto__":{"polluted":true},"type":"moment"'), /^forbidden-key: __proto__$/],
    ['a constructor key', () => JSON.stringify(valid).replace('"settings":{', '"settings":{"constructor":{"polluted":true},'), /^forbidden-key: constructor$/],
    ['duplicate ids', () => JSON.stringify({ ...valid, records: [...valid.records, valid.records[0]] }), /^duplicate-id: \w+$/],
    ['a missing field', () => JSON.stringify({ ...valid, settings: undefined }), /^invalid: settings/],
    ['an extra field', () => withRecord((record) => (record.messageText = 'a whole private message')), /^invalid: /],
    ['a truncated file', () => JSON.stringify(valid).slice(0, 300), /^not-json$/],
  ];

  it.each(cases)('rejects %s with a clear reason and writes nothing', async (_name, file, reason) => {
    const before = await storageSnapshot();
    const attempt = importAll({ json: file() });
    await expect(attempt).rejects.toThrow(ImportError);
    await expect(attempt).rejects.toThrow(reason);
    expect(await storageSnapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('deleting everything', () => {
  it('empties storage, the synced settings copy and the alarms', async () => {
    await seed();
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' } });
    await fakeBrowser.alarms.create('daily-maintenance', { periodInMinutes: 1440 });

    await deleteAll();

    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('records as CSV', () => {
  it('writes one row a record, quotes text and defuses spreadsheet formulas', () => {
    const csv = recordsToCsv([
      { type: 'moment', id: 'a', at: NOW, kind: 'asked-for-help', note: '=HYPERLINK("x")' },
      { type: 'moment', id: 'b', at: NOW, kind: 'felt-understood', note: 'one, two\nthree' },
    ]);
    const lines = csv.split('\n');
    expect(lines[0]).toMatch(/^type,id,at,/);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"one, two\nthree"');
    expect(lines[1]).toContain(new Date(NOW).toISOString());
  });
});
