import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { dispatch, protocol, type MessageName } from '@/utils/messaging';
import { handlers } from '@/utils/handlers';
import { exportAll } from '@/utils/handlers/export';
import { DEFAULT_SETTINGS, type MicroMoment } from '@/utils/storage';
import { pageSender } from './worker';

const NOW = Date.UTC(2026, 10, 20, 9);
const moment = (id: string): MicroMoment => ({ type: 'moment', id, at: NOW - 60_000, kind: 'felt-understood' });
const gmailTab: Browser.runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: 'https://mail.google.com/mail/u/0/',
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId: 0,
};
const opened = { pauseId: 'p1', site: 'gmail', trigger: 'flagged' as const, patterns: ['testing' as const], score: 0.8 };

/** Messages that only read: sending them any number of times changes nothing by design. */
const READS_ONLY: MessageName[] = [
  'content:get-config',
  'content:load-kit',
  'content:start-breathing',
  'page:export',
  'page:export-set-aside',
  'page:import-preview',
];

/** Every message that writes, with a request that makes it write something. */
const WRITES: Partial<Record<MessageName, { sender: () => Browser.runtime.MessageSender; data: () => unknown }>> = {
  'content:pause-opened': { sender: () => gmailTab, data: () => ({ ...opened, pauseId: 'p2' }) },
  'content:pause-closed': { sender: () => gmailTab, data: () => ({ ...opened, outcome: 'kept-editing', durationMs: 4000 }) },
  'content:save-draft': { sender: () => gmailTab, data: () => ({ id: 'd2', site: 'gmail', text: 'later', remindInMinutes: 30, pauseId: 'p1' }) },
  'page:put-records': { sender: pageSender, data: () => ({ records: [moment('new')] }) },
  'page:delete-records': { sender: pageSender, data: () => ({ refs: [{ id: 'm1', at: NOW - 60_000 }] }) },
  'page:delete-drafts': { sender: pageSender, data: () => ({ ids: ['d1'] }) },
  'page:update-settings': { sender: pageSender, data: () => ({ patch: { theme: 'dark', sites: { gmail: false } }, add: { profile: ['testing'] } }) },
  'page:mark-asked': { sender: pageSender, data: () => ({ pauseIds: ['p0'] }) },
  'page:follow-up': { sender: pageSender, data: () => ({ pauseId: 'p1', answer: 'never' }) },
  'content:pause-feedback': { sender: () => gmailTab, data: () => ({ pauseId: 'p0', site: 'gmail', answer: 'not-needed' }) },
  'page:pause-feedback': { sender: pageSender, data: () => ({ pauseId: 'p0', at: NOW - 120_000, answer: 'helped' }) },
  'page:reset-learning': { sender: pageSender, data: () => ({ line: 'testing@gmail', at: NOW }) },
  'page:reminders-seen': { sender: pageSender, data: () => ({ ids: ['d1'] }) },
  'page:import': { sender: pageSender, data: () => ({ json: IMPORTED }) },
  'page:clear-set-aside': { sender: pageSender, data: () => ({}) },
  'page:delete-all': { sender: pageSender, data: () => ({}) },
  'page:add-site': { sender: pageSender, data: () => ({ origin: 'https://chat.example.org' }) },
  'page:remove-site': { sender: pageSender, data: () => ({ origin: 'https://old.example.org' }) },
};

let IMPORTED = '';

/** A browser with something of every kind stored, and the browser APIs the site messages use. */
async function seed(): Promise<void> {
  await fakeBrowser.storage.local.set({
    journal: ['2026-11'],
    'journal:2026-11': {
      m1: moment('m1'),
      p0: {
        type: 'pause',
        id: 'p0',
        at: NOW - 120_000,
        site: 'gmail',
        trigger: 'flagged',
        patterns: ['testing'],
        score: 0.8,
        outcome: 'sent-anyway',
        durationMs: 3000,
      },
    },
    'journal:2026-11$': { v: 2 },
    drafts: [{ id: 'd1', at: NOW - 1000, site: 'slack', text: 'kept', expiresAt: NOW + 86_400_000 }],
    settings: { ...DEFAULT_SETTINGS, addedSites: ['https://old.example.org'] },
    'quarantine:2026-11': [{ key: 'drafts', at: NOW, reason: 'test', value: 1 }],
    remindersDue: [{ kind: 'draft', id: 'd1', at: NOW - 500 }],
  });
  const scripts: Array<{ id: string }> = [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation((async (filter?: { ids?: string[] }) =>
    scripts.filter((script) => !filter?.ids || filter.ids.includes(script.id))) as never);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation((async (added: Array<{ id: string }>) => void scripts.push(...added)) as never);
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation((async ({ ids }: { ids: string[] }) => {
    for (const id of ids)
      scripts.splice(
        scripts.findIndex((script) => script.id === id),
        1,
      );
  }) as never);
  await dispatch(handlers, { name: 'content:pause-opened', data: opened }, gmailTab);
}

async function everything(): Promise<string> {
  return JSON.stringify({
    local: await fakeBrowser.storage.local.get(null),
    session: await fakeBrowser.storage.session.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
    alarms: await fakeBrowser.alarms.getAll(),
  });
}

describe('every write message', () => {
  it('is listed here, or is known to only read', () => {
    const fromOutside = (Object.keys(protocol) as MessageName[]).filter((name) => protocol[name].from !== 'background');
    expect(fromOutside.filter((name) => !READS_ONLY.includes(name) && !WRITES[name])).toEqual([]);
  });

  it('changes nothing when it arrives a second time', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    try {
      await fakeBrowser.storage.local.set({ journal: ['2026-11'], 'journal:2026-11': { other: moment('other') } });
      IMPORTED = (await exportAll(NOW)).json;
      const changedTwice: string[] = [];
      for (const [name, { sender, data }] of Object.entries(WRITES) as Array<[MessageName, NonNullable<(typeof WRITES)[MessageName]>]>) {
        fakeBrowser.reset();
        vi.restoreAllMocks();
        await seed();
        const before = await everything();
        const first = await dispatch(handlers, { name, data: data() }, sender());
        expect(first, name).toMatchObject({ ok: true });
        const once = await everything();
        expect(once, `${name} wrote something the first time`).not.toBe(before);
        vi.advanceTimersByTime(5000);
        await dispatch(handlers, { name, data: data() }, sender());
        if ((await everything()) !== once) changedTwice.push(name);
      }
      console.log(
        `${Object.keys(WRITES).length} write messages each sent twice: ${changedTwice.length} changed anything the second time${changedTwice.length ? ` (${changedTwice.join(', ')})` : ''}`,
      );
      expect(changedTwice).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
