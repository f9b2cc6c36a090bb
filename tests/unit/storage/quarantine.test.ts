import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/utils/handlers';
import { putDraft, putRecords, quarantineInvalid, readAll, readQuarantine, type MicroMoment } from '@/utils/storage';
import { setAside } from '../set-aside';

const at = Date.UTC(2026, 10, 10);
const good = (id: string): MicroMoment => ({ type: 'moment', id, at, kind: 'asked-for-help' });
const sender = { id: fakeBrowser.runtime.id };

/** How often the stored value `needle` appears anywhere in storage, month records and set-aside values alike. */
function copiesOf(stored: Record<string, unknown>, needle: string): number {
  return JSON.stringify(stored).split(needle).length - 1;
}

afterEach(() => vi.useRealTimers());

describe('set-aside values', () => {
  it('are never capped: 1,200 bad entries are all kept', async () => {
    const month = Object.fromEntries(Array.from({ length: 1200 }, (_, n) => [`bad${n}`, { type: 'moment', id: `bad${n}`, broken: n }]));
    await fakeBrowser.storage.local.set({ journal: ['2026-11'], 'journal:2026-11': { ...month, ok: good('ok') } });
    expect(await quarantineInvalid()).toBe(1200);
    const kept = await setAside();
    console.log(`set aside ${kept.length} of 1200 bad entries, ${1200 - kept.length} dropped`);
    expect(kept).toHaveLength(1200);
    expect(new Set(kept.map((entry) => (entry.value as { broken: number }).broken)).size).toBe(1200);
    expect((await readAll()).map((record) => record.id)).toEqual(['ok']);
  });

  it('are kept by the month they were set aside in, beside the list earlier versions kept', async () => {
    await fakeBrowser.storage.local.set({ quarantine: [{ key: 'old', at: 1, reason: 'kept from before', value: 1 }] });
    vi.useFakeTimers({ now: Date.UTC(2026, 9, 3), toFake: ['Date'] });
    await fakeBrowser.storage.local.set({ drafts: [{ id: 'broken' }] });
    await putDraft({ id: 'a', at, site: 'slack', text: 'kept', expiresAt: at + 1 });
    vi.setSystemTime(Date.UTC(2026, 10, 3));
    await fakeBrowser.storage.local.set({ drafts: [{ id: 'broken again' }] });
    await putDraft({ id: 'b', at, site: 'slack', text: 'kept', expiresAt: at + 1 });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(
      Object.keys(stored)
        .filter((key) => key.startsWith('quarantine'))
        .sort(),
    ).toEqual(['quarantine', 'quarantine:2026-10', 'quarantine:2026-11']);
    expect((await setAside()).map((entry) => entry.key)).toEqual(['old', 'drafts', 'drafts']);
  });

  it('leave their source in the same storage write: a put into a damaged month, stopped at every write, keeps the bad entry exactly once', async () => {
    const damaged = { journal: ['2026-11'], 'journal:2026-11': { a: good('a'), bad: { type: 'moment', id: 'bad', marker: 'THE-BAD-ONE' } } };
    const counts: number[] = [];
    for (let stop = 1; stop <= 4; stop++) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set(structuredClone(damaged));
      let writes = 0;
      const area = fakeBrowser.storage.local;
      const set = area.set.bind(area);
      vi.spyOn(area, 'set').mockImplementation(async (items) => {
        if (++writes === stop) throw new Error('stopped mid-write');
        return set(items);
      });
      await putRecords([good('b')]).catch(() => undefined);
      vi.restoreAllMocks();
      const copies = copiesOf(await fakeBrowser.storage.local.get(null), 'THE-BAD-ONE');
      counts.push(copies);
      expect(copies, `stopped at write ${stop}`).toBe(1);
    }
    console.log(
      `put into a damaged month, stopped at each write: copies of the bad entry ${counts.join(', ')} (lost ${counts.filter((n) => n === 0).length}, doubled ${counts.filter((n) => n > 1).length})`,
    );
  });

  it('can be exported whole and cleared by the person', async () => {
    await fakeBrowser.storage.local.set({
      quarantine: [{ key: 'old', at: 1, reason: 'r', value: 1 }],
      journal: ['2026-11'],
      'journal:2026-11': { x: 1, y: 2 },
    });
    await quarantineInvalid();
    const { json } = await handlers['page:export-set-aside']({}, sender);
    const file = JSON.parse(json) as { format: string; entries: Array<{ key: string }> };
    expect(file.format).toBe('steady-set-aside');
    expect(file.entries.map((entry) => entry.key).sort()).toEqual(['journal:2026-11/x', 'journal:2026-11/y', 'old']);
    expect(await handlers['page:clear-set-aside']({}, sender)).toEqual({ cleared: 3 });
    expect(await readQuarantine()).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('quarantine'))).toEqual([]);
  });
});
