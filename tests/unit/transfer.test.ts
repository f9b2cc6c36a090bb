import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportAll } from '@/utils/handlers/export';
import { importAll, previewImport } from '@/utils/handlers/import';
import { deleteAll } from '@/utils/handlers/delete-all';
import { followUpAnswered } from '@/utils/handlers/follow-up';
import { addDueReminder } from '@/utils/storage/reminders';
import { popupStartItem } from '@/utils/storage/popup-start';
import {
  CSV_COLUMNS,
  ImportError,
  localTime,
  putDraft,
  putRecords,
  readAll,
  readDrafts,
  readSettings,
  recordsToCsv,
  settingsItem,
  type ExportFile,
} from '@/utils/storage';
import { GroundingSession, MicroMoment, PauseEvent, Rupture } from '@/utils/storage/schemas';
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

    expect(result).toEqual({ added: 6, skipped: 0, unreadable: 0 });
    expect(byId(await readAll())).toEqual(byId(sampleRecords()));
    expect(await readDrafts(NOW)).toEqual([sampleDraft()]);
    // Whether this browser has been through the tour is its own, not the file's.
    expect(await readSettings()).toEqual({ ...CHANGED_SETTINGS, onboarded: false });
  });

  it('adds nothing when the same file is imported again', async () => {
    await seed();
    const { json } = await exportAll(NOW);
    const before = await storageSnapshot();

    expect(await importAll({ json })).toEqual({ added: 0, skipped: 6, unreadable: 0 });
    expect(await importAll({ json })).toEqual({ added: 0, skipped: 6, unreadable: 0 });
    expect(await storageSnapshot()).toEqual(before);
  });

  it('adds only the entries that are new, keeping those already here', async () => {
    await seed();
    const { json } = await exportAll(NOW);
    await deleteAll();
    await putRecords([sampleRecords()[0]]);

    expect(await importAll({ json })).toEqual({ added: 5, skipped: 1, unreadable: 0 });
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

  const cases: Array<[string, () => string, RegExp]> = [
    ['bad JSON', () => '{"format": "steady-export", "version": 1,,}', /^not-json$/],
    ['another format', () => JSON.stringify({ ...valid, format: 'other-app-backup' }), /^not-steady$/],
    ['a version this Steady cannot read', () => JSON.stringify({ ...valid, version: 2 }), /^version: 2$/],
    ['the CSV export', () => recordsToCsv(valid.records), /^csv$/],
    ['no list of entries', () => JSON.stringify({ ...valid, records: 'none' }), /^invalid$/],
    ['a __proto__ key', () => JSON.stringify(valid).replace('"type":"moment"', '"__proto__":{"polluted":true},"type":"moment"'), /^forbidden-key: __proto__$/],
    ['a constructor key', () => JSON.stringify(valid).replace('"settings":{', '"settings":{"constructor":{"polluted":true},'), /^forbidden-key: constructor$/],
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

  it('leaves out each entry that cannot be read, says which in its preview without writing, and imports the rest', async () => {
    const file = structuredClone(valid);
    const records = file.records as unknown as Array<Record<string, unknown>>;
    records[0].at = 'yesterday';
    records[1].messageText = 'a whole private message';
    records.push(structuredClone(records[2]));
    (file as unknown as Record<string, unknown>).settings = undefined;
    const json = JSON.stringify(file);
    const before = await storageSnapshot();
    const settingsBefore = await readSettings();

    const preview = await previewImport({ json });
    expect(await storageSnapshot()).toEqual(before);
    expect(preview.unreadable).toEqual([
      { part: 'record', entry: 1, type: records[0].type },
      { part: 'record', entry: 2, type: records[1].type },
      { part: 'record', entry: 6, type: records[2].type },
      { part: 'settings', entry: 1 },
    ]);
    expect(preview.unreadableCount).toBe(4);
    expect(preview.moments + preview.pauses + preview.grounding + preview.ruptures + preview.drafts).toBe(4);

    expect(await importAll({ json })).toEqual({ added: 4, skipped: 0, unreadable: 4 });
    expect(await readAll()).toHaveLength(4);
    // The file's settings could not be read: the person's own stay.
    expect(await readSettings()).toEqual(settingsBefore);
  });
});

describe('deleting everything', () => {
  it('empties storage, the synced settings copy and the alarms', async () => {
    await seed();
    // Every other key Steady writes, popup answers and session state included.
    await followUpAnswered({ pauseId: 'p1', answer: 'never' });
    await addDueReminder({ kind: 'check-in', id: 'check-in', at: NOW });
    await popupStartItem.setValue('breathe');
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(expect.arrayContaining(['followUpsAsked', 'followUpsRestUntil', 'remindersDue']));
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' } });
    await fakeBrowser.alarms.create('daily-maintenance', { periodInMinutes: 1440 });

    await deleteAll();

    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('records as CSV', () => {
  it('carries every field of every record kind, times in local time with their offset', () => {
    for (const kind of [PauseEvent, MicroMoment, GroundingSession, Rupture]) expect(CSV_COLUMNS).toEqual(expect.arrayContaining(Object.keys(kind.shape)));
    const csv = recordsToCsv([
      {
        type: 'grounding',
        id: 'g',
        at: NOW,
        exercise: 'name-the-feeling',
        durationMs: 1000,
        completed: true,
        feelings: ['hurt', 'lonely'],
        defences: ['testing'],
      },
      { type: 'rupture', id: 'r', at: NOW, promptAt: NOW, repairedAt: NOW, repairMomentId: 'm' },
    ]);
    const [header, grounding, rupture] = csv.split('\n').map((line) => line.split(','));
    const column = (row: string[], name: string) => row[header.indexOf(name)];
    expect(column(grounding, 'feelings')).toBe('hurt lonely');
    expect(column(grounding, 'defences')).toBe('testing');
    expect(column(rupture, 'repairedAt')).toBe(localTime(NOW));
    expect(column(rupture, 'repairMomentId')).toBe('m');
    expect(localTime(NOW)).toMatch(/^2026-11-20T\d\d:00:00[+-]\d\d:\d\d$/);
    expect(new Date(localTime(NOW)).getTime()).toBe(NOW);
  });

  it('writes one row a record, quotes text and defuses spreadsheet formulas', () => {
    const csv = recordsToCsv([
      { type: 'moment', id: 'a', at: NOW, kind: 'asked-for-help', note: '=HYPERLINK("x")' },
      { type: 'moment', id: 'b', at: NOW, kind: 'felt-understood', note: 'one, two\nthree' },
    ]);
    const lines = csv.split('\n');
    expect(lines[0]).toMatch(/^type,id,at,/);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"one, two\nthree"');
    expect(lines[1]).toContain(localTime(NOW));
  });
});
