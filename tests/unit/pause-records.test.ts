import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { pauseOpened } from '@/utils/handlers/pause-opened';
import { pauseClosed, pausesLeft, settleOpenPauses } from '@/utils/handlers/pause-closed';
import { saveDraft } from '@/utils/handlers/save-draft';
import { MAX_SAVED_DRAFTS, readAll, readDrafts, readOpenPauses } from '@/utils/storage';
import type { RequestOf } from '@/utils/messaging';

const opened: RequestOf<'content:pause-opened'> = { pauseId: 'p1', site: 'discord', trigger: 'flagged', patterns: ['shouting'], score: 0.9 };
const sender = (tabId: number, url = 'https://discord.com/channels/1'): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId } as Browser.tabs.Tab,
});
const closed = (outcome: RequestOf<'content:pause-closed'>['outcome'], pauseId = 'p1'): RequestOf<'content:pause-closed'> => ({
  ...opened,
  pauseId,
  outcome,
  durationMs: 5000,
});
const outcomes = async () => (await readAll()).map((record) => (record.type === 'pause' ? `${record.id}:${record.outcome}` : record.id)).sort();

describe('pauses in progress', () => {
  it('are kept in session storage and end as "left the page" when their tab closes', async () => {
    await pauseOpened(opened, sender(3));
    await pauseOpened({ ...opened, pauseId: 'p2' }, sender(4));
    expect((await readOpenPauses()).map((pause) => pause.pauseId).sort()).toEqual(['p1', 'p2']);
    expect(await fakeBrowser.storage.session.get('openPauses')).toHaveProperty('openPauses.p1');

    expect(await pausesLeft(3)).toBe(1);
    expect(await readAll()).toMatchObject([{ type: 'pause', id: 'p1', outcome: 'left-page', site: 'discord', patterns: ['shouting'] }]);
    expect((await readOpenPauses()).map((pause) => pause.pauseId)).toEqual(['p2']);
    expect(await pausesLeft(3)).toBe(0);
  });

  it('may be closed only by the tab that opened them, for the site they were opened on', async () => {
    await pauseOpened(opened, sender(3));
    await expect(pauseClosed(closed('sent-anyway'), sender(4))).rejects.toThrow('not a pause of this tab');
    await expect(pauseClosed({ ...closed('sent-anyway'), site: 'gmail' }, sender(3))).rejects.toThrow('site does not match the sender');
    await expect(pauseClosed(closed('sent-anyway'), sender(3, 'https://evil.example/'))).rejects.toThrow('site does not match the sender');
    await expect(pauseOpened({ ...opened, pauseId: 'p9', site: 'https://chat.example.org' }, sender(3))).rejects.toThrow('site does not match');
    expect(await readAll()).toEqual([]);
    await pauseClosed(closed('kept-editing'), sender(3));
    expect(await outcomes()).toEqual(['p1:kept-editing']);
  });

  it('never let a content script replace a stored record, nor a closed tab turn a real choice into "left the page"', async () => {
    await pauseOpened(opened, sender(3));
    await pauseClosed(closed('kept-editing'), sender(3));
    // The same message again (a retry), another outcome for the same id, and the tab closing after.
    await pauseClosed(closed('kept-editing'), sender(3));
    await pauseClosed(closed('sent-anyway'), sender(3));
    await pausesLeft(3);
    expect(await outcomes()).toEqual(['p1:kept-editing']);
  });

  it('leave no stale entry when the closing message overtakes the opening one', async () => {
    await pauseClosed(closed('saved-for-later'), sender(3));
    await pauseOpened(opened, sender(3));
    expect(await readOpenPauses()).toEqual([]);
    expect(await pausesLeft(3)).toBe(0);
    expect(await outcomes()).toEqual(['p1:saved-for-later']);
  });

  it('end as "left the page" when the worker finds their tab gone or them open longer than a day, and one that fails never stops the rest', async () => {
    const now = Date.now();
    await pauseOpened(opened, sender(3), now - 3 * 86_400_000);
    await pauseOpened({ ...opened, pauseId: 'p2' }, sender(4), now - 1000);
    await pauseOpened({ ...opened, pauseId: 'p3' }, sender(5), now - 1000);
    const alive = await fakeBrowser.tabs.create({ url: 'https://discord.com/channels/1' });
    const entries = await fakeBrowser.storage.session.get('openPauses');
    const open = entries.openPauses as Record<string, { tabId: number }>;
    open.p1.tabId = alive.id!;
    open.p3.tabId = alive.id!;
    await fakeBrowser.storage.session.set({ openPauses: open });
    expect(await settleOpenPauses(now)).toBe(2);
    const records = await readAll();
    expect(records.map((record) => (record.type === 'pause' ? [record.id, record.outcome, record.durationMs] : [])).sort()).toEqual([
      ['p1', 'left-page', 86_400_000],
      ['p2', 'left-page', 1000],
    ]);
    expect((await readOpenPauses()).map((pause) => pause.pauseId)).toEqual(['p3']);
  });
});

describe('saving a draft for later', () => {
  const now = Date.UTC(2026, 10, 20, 9);
  const draft = (id: string, text = 'I want to say this better'): RequestOf<'content:save-draft'> => ({
    id,
    site: 'gmail',
    text,
    remindInMinutes: 60,
    pauseId: 'p9',
  });
  const gmail = sender(8, 'https://mail.google.com/mail/u/0/');

  it('keeps the text with an expiry and sets a reminder alarm', async () => {
    const { id } = await saveDraft(draft('d1'), gmail, now);
    const [saved] = await readDrafts(now);
    expect(saved).toMatchObject({ id, text: 'I want to say this better', site: 'gmail', pauseId: 'p9', remindAt: now + 3_600_000 });
    expect(saved.expiresAt).toBe(now + 7 * 86_400_000);
    expect(await fakeBrowser.alarms.get(`draft-reminder:${id}`)).toMatchObject({ scheduledTime: now + 3_600_000 });
  });

  it('saves once however often the same save is sent, and only for the sender’s own site', async () => {
    await saveDraft(draft('d1'), gmail, now);
    const stored = await fakeBrowser.storage.local.get(null);
    await saveDraft(draft('d1'), gmail, now + 5000);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(stored);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    await expect(saveDraft(draft('d2'), sender(8, 'https://discord.com/'), now)).rejects.toThrow('site does not match');
  });

  it('refuses a draft past the caps with a reason the overlay can word, and keeps every draft saved before', async () => {
    for (let n = 0; n < MAX_SAVED_DRAFTS; n++) await saveDraft(draft(`d${n}`), gmail, now);
    await expect(saveDraft(draft('one-more'), gmail, now)).rejects.toThrow('draft-limit');
    expect(await readDrafts(now)).toHaveLength(MAX_SAVED_DRAFTS);
    fakeBrowser.reset();
    for (let n = 0; n < 25; n++) await saveDraft(draft(`big${n}`, 'x'.repeat(20_000)), gmail, now);
    await expect(saveDraft(draft('too-big', 'x'.repeat(20_000)), gmail, now)).rejects.toThrow('draft-limit');
    expect(await readDrafts(now)).toHaveLength(25);
    console.log(
      `saved drafts capped at ${MAX_SAVED_DRAFTS} drafts and 500,000 characters; the refused save left the ${MAX_SAVED_DRAFTS} and 25 saved drafts untouched`,
    );
  });
});
