import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OverlayKit } from '@/utils/pause/overlay-kit';

/** A fresh copy of the loader each time: it keeps its one load per frame in module state. */
const freshLoader = async () => {
  vi.resetModules();
  return import('@/utils/pause/overlay-loader');
};

const kit: OverlayKit = { mount: () => Promise.reject(new Error('not in this test')) };

describe('the overlay loader', () => {
  beforeEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('steady.overlay-kit')];
  });

  it('asks the worker once, and takes the overlay the injected script hands over', async () => {
    const { loadOverlay, provideOverlay } = await freshLoader();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      // What the worker does: run the overlay script in this world, then answer.
      provideOverlay(kit);
      return { ok: true, data: { ok: true } } as never;
    });
    await expect(loadOverlay()).resolves.toBe(kit);
    await expect(loadOverlay()).resolves.toBe(kit);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ name: 'content:load-overlay', data: {} });
  });

  it('needs no message where the page already carries the overlay (Steady’s practice page)', async () => {
    const { loadOverlay, provideOverlay } = await freshLoader();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    provideOverlay(kit);
    await expect(loadOverlay()).resolves.toBe(kit);
    expect(send).not.toHaveBeenCalled();
  });

  it('fails when the worker answers but no overlay arrived, and tries again next time', async () => {
    const { loadOverlay, provideOverlay } = await freshLoader();
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValueOnce({ ok: true, data: { ok: true } } as never)
      .mockImplementationOnce(async () => {
        provideOverlay(kit);
        return { ok: true, data: { ok: true } } as never;
      });
    await expect(loadOverlay()).rejects.toThrow('overlay unavailable');
    await expect(loadOverlay()).resolves.toBe(kit);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('takes nothing but a working overlay for the overlay: anything else under its key still asks the worker', async () => {
    const { loadOverlay, provideOverlay } = await freshLoader();
    (globalThis as Record<symbol, unknown>)[Symbol.for('steady.overlay-kit')] = { mount: 'not a function' };
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      provideOverlay(kit);
      return { ok: true, data: { ok: true } } as never;
    });
    await expect(loadOverlay()).resolves.toBe(kit);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('fails when the worker refuses, so the pause can fail open', async () => {
    const { loadOverlay } = await freshLoader();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'content:load-overlay: no tab' } as never);
    await expect(loadOverlay()).rejects.toThrow('no tab');
  });
});
