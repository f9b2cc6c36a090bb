import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { dispatch, sendMessage, senderKind, type HandlerTable } from '@/utils/messaging';
import { handlers } from '@/utils/handlers';
import { readAll } from '@/utils/storage';

const extensionPage = (): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const contentScript: Browser.runtime.MessageSender = {
  id: 'test-extension-id',
  url: 'https://mail.google.com/mail/u/0/',
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId: 0,
};
const otherExtension: Browser.runtime.MessageSender = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };

const moment = { type: 'moment', id: 'm1', at: Date.UTC(2026, 10, 20), kind: 'felt-understood' };
const closedPause = { pauseId: 'p1', site: 'gmail', trigger: 'flagged', patterns: ['testing'], score: 0.8, outcome: 'kept-editing', durationMs: 8000 };

describe('message senders', () => {
  it('are told apart by the browser-provided sender record', () => {
    expect(senderKind(extensionPage())).toBe('page');
    expect(senderKind(contentScript)).toBe('content');
    expect(senderKind(otherExtension)).toBe('foreign');
    expect(senderKind({ id: fakeBrowser.runtime.id })).toBe('foreign');
  });
});

describe('dispatch', () => {
  it('runs a page message from an extension page and writes the record', async () => {
    const reply = await dispatch(handlers, { name: 'page:put-records', data: { records: [moment] } }, extensionPage());
    expect(reply).toEqual({ ok: true, data: { written: 1 } });
    expect(await readAll()).toEqual([moment]);
  });

  it('refuses export, import, delete and record writes from a content script', async () => {
    for (const [name, data] of [
      ['page:export', {}],
      ['page:import', { json: '{}' }],
      ['page:delete-all', {}],
      ['page:put-records', { records: [moment] }],
      ['page:delete-records', { refs: [] }],
    ] as const) {
      const reply = await dispatch(handlers, { name, data }, contentScript);
      expect(reply, name).toEqual({ ok: false, error: `${name}: not allowed from this sender` });
    }
    expect(await readAll()).toEqual([]);
  });

  it('accepts the few content messages from a content script', async () => {
    const reply = await dispatch(handlers, { name: 'content:pause-closed', data: closedPause }, contentScript);
    expect(reply).toEqual({ ok: true, data: { ok: true } });
    expect(await readAll()).toMatchObject([{ type: 'pause', id: 'p1', outcome: 'kept-editing', durationMs: 8000 }]);
  });

  it('records a pause once however often its message is retried', async () => {
    for (let attempt = 0; attempt < 3; attempt++) await dispatch(handlers, { name: 'content:pause-closed', data: closedPause }, contentScript);
    expect(await readAll()).toHaveLength(1);
  });

  it('refuses anything from another extension, unknown names, and background-only messages', async () => {
    expect(await dispatch(handlers, { name: 'content:get-config', data: {} }, otherExtension)).toMatchObject({ ok: false });
    expect(await dispatch(handlers, { name: 'page:steal', data: {} }, extensionPage())).toEqual({ ok: false, error: 'unknown message' });
    expect(await dispatch(handlers, 'hello', extensionPage())).toEqual({ ok: false, error: 'unknown message' });
    expect(await dispatch(handlers, { name: 'background:config-changed', data: {} }, extensionPage())).toMatchObject({ ok: false });
  });

  it('validates the payload before any handler runs', async () => {
    const spy = vi.fn();
    const table = { ...handlers, 'content:pause-closed': spy } as HandlerTable;
    const reply = await dispatch(table, { name: 'content:pause-closed', data: { ...closedPause, text: 'my draft' } }, contentScript);
    expect(reply).toEqual({ ok: false, error: 'content:pause-closed: invalid request' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error reply instead of throwing', async () => {
    const table = { ...handlers, 'content:get-config': () => Promise.reject(new Error('disk on fire')) } as HandlerTable;
    await expect(dispatch(table, { name: 'content:get-config', data: {} }, contentScript)).resolves.toEqual({
      ok: false,
      error: 'content:get-config: disk on fire',
    });
  });

  it('gives content scripts settings and evidence counts, never records', async () => {
    await dispatch(handlers, { name: 'page:put-records', data: { records: [{ ...moment, at: Date.now(), note: 'private words' }] } }, extensionPage());
    const reply = await dispatch(handlers, { name: 'content:get-config', data: {} }, contentScript);
    expect(reply.ok).toBe(true);
    expect(JSON.stringify(reply)).not.toContain('private words');
    expect(reply).toMatchObject({ data: { evidence: { momentsThisMonth: 1, reachingOutThisMonth: 1 }, settings: { pauseMode: 'charged' } } });
  });
});

describe('sendMessage', () => {
  it('tries again when the worker stops before answering, and validates the reply', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('The message port closed before a response was received.'))
      .mockResolvedValueOnce({ ok: true, data: { written: 1 } } as never);
    await expect(sendMessage('page:put-records', { records: [moment as never] })).resolves.toEqual({ written: 1 });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('reports a refusal and an unexpected reply as errors', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ ok: false, error: 'page:export: not allowed from this sender' } as never);
    await expect(sendMessage('page:export', {})).rejects.toThrow('not allowed');
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ ok: true, data: { json: 42 } } as never);
    await expect(sendMessage('page:export', {})).rejects.toThrow('unexpected reply');
  });
});
