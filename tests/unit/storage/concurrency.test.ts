import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { dispatch, type MessageName } from '@/utils/messaging';
import { handlers } from '@/utils/handlers';
import { pausesLeft } from '@/utils/handlers/pause-closed';
import { quarantineInvalid, readAll, readDrafts, readSettings, type MicroMoment } from '@/utils/storage';
import { setAside } from '../set-aside';
import { pageSender } from '../worker';

const TABS = 5;
const ROUNDS = 10;
const STOPS = 20;

/** A small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const tab = (id: number): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: 'https://discord.com/channels/1',
  tab: { id } as Browser.tabs.Tab,
});

/**
 * Sends a message until the worker answers it, as a sender does when the worker stopped
 * before answering (the write it was doing is then lost with it, and the message comes again).
 */
async function send(name: MessageName, data: unknown, sender: Browser.runtime.MessageSender): Promise<number> {
  for (let attempt = 1; attempt <= 20; attempt++) {
    const reply = await dispatch(handlers, { name, data }, sender);
    if (reply.ok) return attempt;
    if (!reply.error.includes('worker stopped')) throw new Error(reply.error);
  }
  throw new Error(`${name}: never answered`);
}

describe('five tabs, the popup, the options page and the worker writing at once', () => {
  it(`lose no update and no record, duplicate none, and keep every set-aside value, through ${STOPS} worker stops`, async () => {
    const now = Date.now();
    // A damaged month, so set-aside values are written while everything else is.
    await fakeBrowser.storage.local.set({
      journal: ['2026-01'],
      'journal:2026-01': { bad1: 1, bad2: { id: 'x' }, bad3: 'three' },
      'journal:2026-01$': { v: 2 },
    });
    const next = random(15);
    let writes = 0;
    let stops = 0;
    const area = fakeBrowser.storage.local;
    const set = area.set.bind(area);
    vi.spyOn(area, 'set').mockImplementation(async (items) => {
      writes++;
      // The worker stops at random writes: that write never lands.
      if (stops < STOPS && next() < 0.3) {
        stops++;
        throw new Error('worker stopped');
      }
      return set(items);
    });

    const work: Array<Promise<number>> = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (let t = 1; t <= TABS; t++) {
        const pauseId = `p${t}r${round}`;
        const opened = { pauseId, site: 'discord', trigger: 'flagged', patterns: ['testing'], score: 0.7 };
        work.push(
          (async () => {
            const attempts = [await send('content:pause-opened', opened, tab(t))];
            attempts.push(await send('content:save-draft', { id: `d${t}r${round}`, site: 'discord', text: 'later', pauseId }, tab(t)));
            attempts.push(await send('content:pause-closed', { ...opened, outcome: 'kept-editing', durationMs: 3000 }, tab(t)));
            return attempts.reduce((sum, n) => sum + n, 0);
          })(),
        );
      }
      const kind = { id: `custom:k${round}`, label: `kind ${round}` };
      const moment: MicroMoment = { type: 'moment', id: `m${round}`, at: now - round, kind: kind.id };
      work.push(send('page:update-settings', { add: { customKinds: [kind], profile: [round % 2 ? 'testing' : 'withdrawal'] } }, pageSender()));
      work.push(send('page:put-records', { records: [moment] }, pageSender()));
      work.push(send('page:update-settings', { patch: { pauseSeconds: 10 + round } }, pageSender()));
      // The worker's own writes: maintenance, and tabs closing (none has an open pause by the end).
      work.push(
        quarantineInvalid().then(
          () => 1,
          () => 1,
        ),
      );
      work.push(pausesLeft(99).then(() => 1));
    }
    const attempts = (await Promise.all(work)).reduce((sum, n) => sum + n, 0);
    vi.restoreAllMocks();
    // The worker starts once more with nothing stopped: maintenance finishes what a stop interrupted.
    await quarantineInvalid();

    const records = await readAll();
    const ids = records.map((record) => record.id);
    const pauses = records.filter((record) => record.type === 'pause');
    const settings = await readSettings();
    const drafts = await readDrafts();
    const kept = await setAside();
    const counts = {
      lostRecords: TABS * ROUNDS + ROUNDS - new Set(ids).size,
      duplicatedRecords: ids.length - new Set(ids).size,
      wrongOutcomes: pauses.filter((pause) => pause.type === 'pause' && pause.outcome !== 'kept-editing').length,
      lostDrafts: TABS * ROUNDS - new Set(drafts.map((draft) => draft.id)).size,
      duplicatedDrafts: drafts.length - new Set(drafts.map((draft) => draft.id)).size,
      // Kinds and patterns are added: every one must be there. (A replaced field, such as the pause
      // length, keeps whichever change landed last, which a retry may reorder.)
      lostSettingsUpdates: ROUNDS - settings.customKinds.length + 2 - settings.profile.length,
      setAsideCopies: kept.filter((entry) => entry.key.startsWith('journal:2026-01/')).length,
    };
    console.log(
      `${TABS} tabs + popup + options + worker, ${ROUNDS} rounds, ${stops} worker stops in ${writes} writes, ${attempts} sends: ` +
        `${counts.lostRecords} lost / ${counts.duplicatedRecords} duplicated records, ${counts.wrongOutcomes} wrong outcomes, ` +
        `${counts.lostDrafts} lost / ${counts.duplicatedDrafts} duplicated drafts, ${counts.lostSettingsUpdates} lost settings updates, ` +
        `set-aside values kept ${counts.setAsideCopies} of 3`,
    );
    expect(stops).toBe(STOPS);
    expect(settings.pauseSeconds).toBeGreaterThanOrEqual(10);
    expect(counts).toEqual({
      lostRecords: 0,
      duplicatedRecords: 0,
      wrongOutcomes: 0,
      lostDrafts: 0,
      duplicatedDrafts: 0,
      lostSettingsUpdates: 0,
      setAsideCopies: 3,
    });
  });
});
