import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { dispatch } from '@/utils/messaging';
import { handlers } from '@/utils/handlers';
import { KIT_SCRIPT } from '@/utils/handlers/load-kit';

const frameOf = (tabId: number | undefined, frameId: number): Browser.runtime.MessageSender => ({
  id: 'test-extension-id',
  url: 'https://app.slack.com/client/T1/C1',
  tab: tabId === undefined ? undefined : ({ id: tabId } as Browser.tabs.Tab),
  frameId,
});

describe('content:load-kit', () => {
  it('injects the overlay script into the asking frame only', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    await expect(dispatch(handlers, { name: 'content:load-kit', data: {} }, frameOf(7, 3))).resolves.toEqual({ ok: true, data: { ok: true } });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [KIT_SCRIPT], injectImmediately: true });
  });

  it('is refused without a tab, with a payload, or from a foreign sender', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    expect(await dispatch(handlers, { name: 'content:load-kit', data: {} }, frameOf(undefined, 0))).toMatchObject({ ok: false });
    expect(await dispatch(handlers, { name: 'content:load-kit', data: { file: 'x.js' } }, frameOf(7, 0))).toMatchObject({ ok: false });
    expect(await dispatch(handlers, { name: 'content:load-kit', data: {} }, { ...frameOf(7, 0), id: 'another-extension' })).toMatchObject({ ok: false });
    expect(inject).not.toHaveBeenCalled();
  });
});
