import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '@/utils/messaging';
import { deleteRecords, putDraft, putRecords, quarantine, readAll, readDrafts, readSettings, updateSettings, type MicroMoment } from '@/utils/storage';
import { setAside } from '../set-aside';
import { routeMessagesToWorker } from '../worker';

const at = Date.UTC(2026, 10, 10);
const moment = (id: string, note: string): MicroMoment => ({ type: 'moment', id, at, kind: 'asked-for-help', note });

describe('the one write queue', () => {
  it('writes a put issued after a queued delete after that delete', async () => {
    await putRecords([moment('x', 'first')]);
    // All three are queued before any runs: the second put must not join the first one's batch.
    const writes = [putRecords([moment('y', 'before')]), deleteRecords([{ id: 'x', at }]), putRecords([moment('x', 'after the delete')])];
    await Promise.all(writes);
    expect((await readAll()).map((record) => [record.id, record.type === 'moment' ? record.note : '']).sort()).toEqual([
      ['x', 'after the delete'],
      ['y', 'before'],
    ]);
  });

  it('orders writes of every kind first come, first written', async () => {
    const order: string[] = [];
    const area = fakeBrowser.storage.local;
    const set = area.set.bind(area);
    area.set = async (items) => {
      order.push(
        Object.keys(items)
          .filter((key) => !key.endsWith('$'))
          .join('+'),
      );
      return set(items);
    };
    await Promise.all([
      updateSettings({ theme: 'dark' }),
      putRecords([moment('a', 'one')]),
      putDraft({ id: 'd', at, site: 'slack', text: 'kept', expiresAt: at + 1000 }),
      quarantine('sync:settings', { odd: true }, 'test'),
      updateSettings({ theme: 'light' }),
    ]);
    expect(order.map((keys) => keys.replace(/\d{4}-\d{2}/g, 'M'))).toEqual(['settings', 'journal', 'journal:M', 'drafts', 'quarantine:M', 'settings']);
    expect((await readSettings()).theme).toBe('light');
  });

  it('loses no update when many pages change settings and records at once', async () => {
    routeMessagesToWorker();
    const rounds = 10;
    // Five writers for ten rounds: fifty kinds, as many as the settings hold.
    const writers = 5;
    const sent: Array<Promise<unknown>> = [];
    for (let round = 0; round < rounds; round++) {
      for (let writer = 0; writer < writers; writer++) {
        const tag = `w${writer}r${round}`;
        sent.push(sendMessage('page:update-settings', { add: { customKinds: [{ id: `custom:${tag}`, label: tag }] } }));
        sent.push(sendMessage('page:put-records', { records: [moment(tag, tag)] }));
        // Every write message is sent twice, as a retry after a worker stop would.
        sent.push(sendMessage('page:put-records', { records: [moment(tag, tag)] }));
      }
      sent.push(sendMessage('page:update-settings', { patch: { pauseSeconds: 10 + round } }));
    }
    await Promise.all(sent);
    const kinds = (await readSettings()).customKinds.map((kind) => kind.id);
    const ids = (await readAll()).map((record) => record.id);
    const expected = rounds * writers;
    const lostKinds = expected - new Set(kinds).size;
    const lostRecords = expected - new Set(ids).size;
    const duplicated = ids.length - new Set(ids).size + (kinds.length - new Set(kinds).size);
    console.log(
      `one writer, ${rounds} rounds x ${writers} writers (${sent.length} messages): ${lostKinds} lost settings updates, ${lostRecords} lost records, ${duplicated} duplicated`,
    );
    expect([lostKinds, lostRecords, duplicated]).toEqual([0, 0, 0]);
    expect((await readSettings()).pauseSeconds).toBe(10 + rounds - 1);
    expect(await readDrafts()).toEqual([]);
    expect(await setAside()).toEqual([]);
  });
});
