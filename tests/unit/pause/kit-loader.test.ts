import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PauseKit } from '@/utils/pause/pause-kit';
import { reflect, warmUpSteps } from '@/utils/reflection';

/** A fresh copy of the loader each time: it keeps its one load per frame in module state. */
const freshLoader = async () => {
  vi.resetModules();
  return import('@/utils/pause/kit-loader');
};

const kit: PauseKit = { mount: () => Promise.reject(new Error('not in this test')), reflect, warmUpSteps };

describe('the pause kit loader', () => {
  beforeEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('steady.pause-kit')];
  });

  it('asks the worker once, and takes the kit the injected script hands over', async () => {
    const { loadKit, provideKit } = await freshLoader();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      // What the worker does: run the overlay script in this world, then answer.
      provideKit(kit);
      return { ok: true, data: { ok: true } } as never;
    });
    await expect(loadKit()).resolves.toBe(kit);
    await expect(loadKit()).resolves.toBe(kit);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ name: 'content:load-kit', data: {} });
  });

  it('needs no message where the page already carries the kit (Steady’s practice page)', async () => {
    const { loadKit, provideKit } = await freshLoader();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    provideKit(kit);
    await expect(loadKit()).resolves.toBe(kit);
    expect(send).not.toHaveBeenCalled();
  });

  it('fails when the worker answers but no kit arrived, and tries again next time', async () => {
    const { loadKit, provideKit } = await freshLoader();
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValueOnce({ ok: true, data: { ok: true } } as never)
      .mockImplementationOnce(async () => {
        provideKit(kit);
        return { ok: true, data: { ok: true } } as never;
      });
    await expect(loadKit()).rejects.toThrow('pause kit unavailable');
    await expect(loadKit()).resolves.toBe(kit);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('takes nothing but a working kit: anything else under its key still asks the worker', async () => {
    const { loadKit, provideKit, readyKit } = await freshLoader();
    (globalThis as Record<symbol, unknown>)[Symbol.for('steady.pause-kit')] = { mount: () => undefined, reflect: 'not a function' };
    expect(readyKit()).toBeUndefined();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      provideKit(kit);
      return { ok: true, data: { ok: true } } as never;
    });
    await expect(loadKit()).resolves.toBe(kit);
    expect(readyKit()).toBe(kit);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('fails when the worker refuses, so a held send can fail open', async () => {
    const { loadKit } = await freshLoader();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'content:load-kit: no tab' } as never);
    await expect(loadKit()).rejects.toThrow('no tab');
  });
});
