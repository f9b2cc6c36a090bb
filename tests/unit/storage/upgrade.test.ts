import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import fixture from '../../data/storage/v1-profile.json';
import { upgradeStorage } from '@/utils/background/maintenance';
import { JOURNAL_VERSION, putRecords, readAll, readDrafts, readSettings, updateSettings, type MicroMoment } from '@/utils/storage';
import { readAskedPauses } from '@/utils/storage/follow-ups';
import { setAside } from '../set-aside';

/** A profile stored by version 1 of Steady, and what the upgrade must make of it. */
const v1 = fixture.local as unknown as Record<string, unknown>;
const v1Months = ['journal:2026-10', 'journal:2026-11'].map((key) => v1[key] as Record<string, { id: string; outcome?: string }>);
const v1Ids = v1Months.flatMap((month) => Object.keys(month)).sort();

async function snapshot(): Promise<Record<string, unknown>> {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}

async function expectEverythingKept(): Promise<void> {
  const records = await readAll();
  expect(records.map((record) => record.id).sort()).toEqual(v1Ids);
  const outcomes = Object.fromEntries(records.flatMap((record) => (record.type === 'pause' ? [[record.id, record.outcome]] : [])));
  // A "Send anyway" no one could have chosen becomes Steady failing open; the person's choices stay theirs.
  expect(outcomes).toEqual({
    'p-oct-chosen': 'kept-editing',
    'p-oct-window-failed': 'failed-open',
    'p-nov-sent': 'sent-anyway',
    'p-nov-saved': 'saved-for-later',
  });
  // Every choice kept; a choice version 1 did not have reads as its default (no pattern switched off).
  expect(await readSettings()).toEqual({ ...(v1.settings as object), patternsOff: [] });
  expect((await readDrafts(Date.UTC(2026, 11, 1))).map((draft) => draft.id)).toEqual(['d-nov']);
  expect(await readAskedPauses()).toEqual(['p-oct-chosen']);
  expect((await setAside()).map((entry) => entry.key)).toEqual(['journal:2026-09/odd']);
}

describe('an update from a stored version 1 profile', () => {
  it('reads every record, setting and draft before the upgrade runs, without writing anything', async () => {
    await fakeBrowser.storage.local.set(structuredClone(v1));
    const before = await snapshot();
    await expectEverythingKept();
    expect(await snapshot()).toEqual(before);
  });

  it('stores everything in today’s shape, keeps every record, setting and draft, and a second run changes nothing', async () => {
    await fakeBrowser.storage.local.set(structuredClone(v1));
    await upgradeStorage();
    await expectEverythingKept();
    const after = await snapshot();
    expect(after['journal:2026-10$']).toEqual({ v: JOURNAL_VERSION });
    expect(after['journal:2026-11$']).toEqual({ v: JOURNAL_VERSION });
    await upgradeStorage();
    expect(await snapshot()).toEqual(after);
  });

  it('leaves the old or the new state at every write it can be stopped at, and finishes when run again', async () => {
    await fakeBrowser.storage.local.set(structuredClone(v1));
    const before = await snapshot();
    let writes = 0;
    const area = fakeBrowser.storage.local;
    const set = area.set.bind(area);
    vi.spyOn(area, 'set').mockImplementation(async (items) => {
      writes++;
      return set(items);
    });
    await upgradeStorage();
    vi.restoreAllMocks();
    const after = await snapshot();
    let mixed = 0;
    for (let stop = 1; stop <= writes; stop++) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set(structuredClone(v1));
      let count = 0;
      vi.spyOn(area, 'set').mockImplementation(async (items) => {
        if (++count === stop) throw new Error('stopped mid-write');
        return set(items);
      });
      await upgradeStorage().catch(() => undefined);
      vi.restoreAllMocks();
      const interrupted = await snapshot();
      // Each key is as before or as after: a month is never half migrated, nor its version record out of step with it.
      mixed += Object.keys({ ...before, ...after }).filter((key) => {
        const now = JSON.stringify(interrupted[key]);
        return now !== JSON.stringify(before[key]) && now !== JSON.stringify(after[key]);
      }).length;
      await expectEverythingKept();
      await upgradeStorage();
      expect(await snapshot()).toEqual(after);
    }
    console.log(`upgrade from the v1 profile: ${writes} write(s), stopped at each: ${mixed} mixed keys, ${v1Ids.length} records kept every time`);
    expect(mixed).toBe(0);
  });
});

describe('data written by a newer version', () => {
  const at = Date.UTC(2026, 10, 10);
  const newer = {
    'journal:2026-11': { f1: { type: 'moment', id: 'f1', at, kind: 'asked-for-help', mood: 'a field from the future' } },
    'journal:2026-11$': { v: 9 },
  };

  it('is set aside whole, never deleted, when this version writes to its month, and the set-aside entry says why', async () => {
    await fakeBrowser.storage.local.set({ journal: ['2026-11'], ...structuredClone(newer) });
    const mine: MicroMoment = { type: 'moment', id: 'mine', at, kind: 'felt-understood' };
    await putRecords([mine]);
    expect(await readAll()).toEqual([mine]);
    const kept = await setAside();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ key: 'journal:2026-11', reason: 'written by a newer version (v9)', value: newer['journal:2026-11'] });
    expect((await fakeBrowser.storage.local.get('journal:2026-11$'))['journal:2026-11$']).toEqual({ v: JOURNAL_VERSION });
  });

  it('keeps settings fields this version does not know, and site switches for sites it does not know', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...(v1.settings as object), moodTracking: true, sites: { gmail: false, 'future-site': false } } });
    const settings = await updateSettings({ theme: 'light' });
    expect(settings.sites).toMatchObject({ gmail: false, 'future-site': false, slack: true });
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as Record<string, unknown>;
    expect(stored).toMatchObject({ moodTracking: true, theme: 'light', sites: { gmail: false, 'future-site': false } });
    expect(await setAside()).toEqual([]);
  });
});
