import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setAside } from '../set-aside';
import { DEFAULT_SETTINGS, quarantineInvalid, readAll, readDrafts, readIndex, readSettings, type MicroMoment } from '@/utils/storage';

const at = Date.UTC(2026, 10, 10);
const good = (id: string, when = at): MicroMoment => ({ type: 'moment', id, at: when, kind: 'asked-for-space' });
const october = Date.UTC(2026, 9, 10);

/** Ten ways a stored journal can be damaged, each with the number of entries it should quarantine. */
const variants: Array<{ name: string; store: Record<string, unknown>; quarantined: number; valid: string[] }> = [
  {
    name: 'a month that is a string',
    store: { journal: ['2026-10', '2026-11'], 'journal:2026-10': 'oops', 'journal:2026-11': { a: good('a') } },
    quarantined: 1,
    valid: ['a'],
  },
  { name: 'a month that is an array', store: { journal: ['2026-11'], 'journal:2026-11': [good('a')] }, quarantined: 1, valid: [] },
  {
    name: 'a record of an unknown type',
    store: { journal: ['2026-11'], 'journal:2026-11': { a: good('a'), b: { ...good('b'), type: 'dream' } } },
    quarantined: 1,
    valid: ['a'],
  },
  {
    name: 'a record without its date',
    store: { journal: ['2026-11'], 'journal:2026-11': { a: good('a'), b: { type: 'moment', id: 'b', kind: 'asked-for-help' } } },
    quarantined: 1,
    valid: ['a'],
  },
  { name: 'a record filed under another id', store: { journal: ['2026-11'], 'journal:2026-11': { a: good('a'), b: good('c') } }, quarantined: 1, valid: ['a'] },
  {
    name: 'a pause record carrying message text',
    store: {
      journal: ['2026-11'],
      'journal:2026-11': {
        p: { type: 'pause', id: 'p', at, site: 'gmail', trigger: 'flagged', patterns: [], score: 0.5, outcome: 'sent-anyway', durationMs: 1, text: 'secret' },
        a: good('a'),
      },
    },
    quarantined: 1,
    valid: ['a'],
  },
  {
    name: 'an index with garbage entries',
    store: { journal: ['2026-11', 42, '../etc', null], 'journal:2026-11': { a: good('a') } },
    quarantined: 0,
    valid: ['a'],
  },
  {
    name: 'an index that lost a month',
    store: { journal: ['2026-11'], 'journal:2026-10': { o: good('o', october) }, 'journal:2026-11': { a: good('a') } },
    quarantined: 0,
    valid: ['a', 'o'],
  },
  {
    name: 'an index that is not a list',
    store: { journal: 'broken', 'journal:2026-11': { a: good('a') }, 'journal:2026-10': { o: good('o', october) } },
    quarantined: 0,
    valid: ['a', 'o'],
  },
  {
    name: 'a damaged quarantine and many bad records',
    store: { quarantine: 'not a list', journal: ['2026-11'], 'journal:2026-11': { a: good('a'), x: 1, y: null, z: { type: 'moment' } } },
    quarantined: 3,
    valid: ['a'],
  },
];

describe('a damaged store', () => {
  for (const variant of variants) {
    it(`keeps every valid record and quarantines exactly what is broken: ${variant.name}`, async () => {
      await fakeBrowser.storage.local.set(variant.store);
      expect(await quarantineInvalid()).toBe(variant.quarantined);
      expect((await readAll()).map((record) => record.id).sort()).toEqual(variant.valid);
      // A damaged list of set-aside values from an earlier version is itself kept, whole.
      expect(await setAside()).toHaveLength(variant.quarantined + (variant.store.quarantine === undefined ? 0 : 1));
      // Running maintenance again changes nothing.
      const after = await fakeBrowser.storage.local.get(null);
      expect(await quarantineInvalid()).toBe(0);
      expect(await fakeBrowser.storage.local.get(null)).toEqual(after);
      const index = await readIndex();
      for (const id of variant.valid) expect(index).toContain(id === 'o' ? '2026-10' : '2026-11');
      console.log(
        `damaged store, ${variant.name}: ${variant.valid.length} valid records kept, ${variant.quarantined} quarantined, a second run changed nothing`,
      );
    });
  }

  it('reads settings and drafts of the wrong shape as defaults and nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: ['nonsense'], drafts: { not: 'a list' } });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await readDrafts()).toEqual([]);
  });
});
