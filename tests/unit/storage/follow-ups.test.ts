import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { ASKED_PAUSES_LIMIT, askedPausesItem, markPausesAsked, readAskedPauses } from '@/utils/storage/follow-ups';

describe('asked pause follow-ups', () => {
  it('remembers each pause once, newest last', async () => {
    await markPausesAsked(['a', 'b']);
    await markPausesAsked(['a']);
    expect(await readAskedPauses()).toEqual(['b', 'a']);
  });

  it('keeps only the newest ids', async () => {
    await markPausesAsked(Array.from({ length: ASKED_PAUSES_LIMIT }, (_, index) => `old-${index}`));
    await markPausesAsked(['new']);
    const ids = await readAskedPauses();
    expect(ids).toHaveLength(ASKED_PAUSES_LIMIT);
    expect(ids[0]).toBe('old-1');
    expect(ids.at(-1)).toBe('new');
  });

  it('reads a damaged value as nothing asked, and replaces it on the next write', async () => {
    await askedPausesItem.setValue([42, '__proto__'] as unknown as string[]);
    expect(await readAskedPauses()).toEqual([]);
    await markPausesAsked(['c']);
    expect(await browser.storage.local.get('followUpsAsked')).toEqual({ followUpsAsked: ['c'] });
  });
});
