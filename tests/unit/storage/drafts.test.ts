import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setAside } from '../set-aside';
import { deleteDrafts, purgeExpiredDrafts, putDraft, readDrafts, type SavedDraft } from '@/utils/storage';

const now = Date.UTC(2026, 10, 20);
const draft = (id: string, expiresAt = now + 1000): SavedDraft => ({ id, at: now - 1000, site: 'gmail', text: 'words I chose to keep', expiresAt });

describe('saved drafts', () => {
  it('are saved once per id and read back newest first', async () => {
    await putDraft(draft('d1'));
    await putDraft({ ...draft('d2'), at: now });
    await putDraft(draft('d1'));
    expect((await readDrafts(now)).map((saved) => saved.id)).toEqual(['d2', 'd1']);
  });

  it('expire', async () => {
    await putDraft(draft('old', now - 1));
    await putDraft(draft('fresh'));
    expect((await readDrafts(now)).map((saved) => saved.id)).toEqual(['fresh']);
    await purgeExpiredDrafts(now);
    expect(((await fakeBrowser.storage.local.get('drafts')).drafts as SavedDraft[]).map((saved) => saved.id)).toEqual(['fresh']);
  });

  it('can be deleted', async () => {
    await putDraft(draft('d1'));
    await deleteDrafts(['d1']);
    expect(await readDrafts(now)).toEqual([]);
  });

  it('set aside an invalid entry on the next write', async () => {
    await fakeBrowser.storage.local.set({ drafts: [draft('ok'), { id: 'broken' }] });
    expect((await readDrafts(now)).map((saved) => saved.id)).toEqual(['ok']);
    await putDraft(draft('new'));
    expect((await setAside()).map((entry) => entry.key)).toEqual(['drafts']);
  });
});
