import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { pauseOpened } from '@/utils/handlers/pause-opened';
import { pausesLeft } from '@/utils/handlers/pause-closed';
import { saveDraft } from '@/utils/handlers/save-draft';
import { readAll, readDrafts, readOpenPauses } from '@/utils/storage';
import type { RequestOf } from '@/utils/messaging';

const opened: RequestOf<'content:pause-opened'> = { pauseId: 'p1', site: 'discord', trigger: 'flagged', patterns: ['shouting'], score: 0.9 };
const sender = (tabId: number): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: 'https://discord.com/channels/1', tab: { id: tabId } as Browser.tabs.Tab });

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
});

describe('saving a draft for later', () => {
  it('keeps the text with an expiry and sets a reminder alarm', async () => {
    const now = Date.UTC(2026, 10, 20, 9);
    const { id } = await saveDraft({ site: 'gmail', text: 'I want to say this better', remindInMinutes: 60, pauseId: 'p9' }, now);
    const [draft] = await readDrafts(now);
    expect(draft).toMatchObject({ id, text: 'I want to say this better', site: 'gmail', pauseId: 'p9', remindAt: now + 3_600_000 });
    expect(draft.expiresAt).toBe(now + 7 * 86_400_000);
    expect(await fakeBrowser.alarms.get(`draft-reminder:${id}`)).toMatchObject({ scheduledTime: now + 3_600_000 });
  });
});
