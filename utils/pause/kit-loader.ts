import { sendMessage } from '../messaging/content';
import type { PauseKit } from './pause-kit';

/**
 * The pause kit (analyzer and overlay) arrives in its own script, injected by the worker into
 * this frame's content script world when a composer is first used. It hands itself over
 * under a symbol in that world: the page's scripts live in another, and a symbol key cannot
 * be shadowed by the page's named elements (`<div id=…>` shows up on `window` here too).
 */
const KIT_KEY = Symbol.for('steady.pause-kit');
/** Past this, a held send stops waiting for the kit and goes out as if Steady were absent. */
const KIT_WAIT_MS = 3_000;

type KitHolder = { [KIT_KEY]?: PauseKit };

/** Called by the kit's script, and by Steady's own pages, which bundle the kit. */
export function provideKit(kit: PauseKit): void {
  (globalThis as KitHolder)[KIT_KEY] = kit;
}

/** The kit, if it is already here: a send is decided synchronously with it. */
export function readyKit(): PauseKit | undefined {
  const kit = (globalThis as KitHolder)[KIT_KEY];
  return typeof kit?.mount === 'function' && typeof kit.reflect === 'function' && typeof kit.warmUpSteps === 'function' ? kit : undefined;
}

let loading: Promise<PauseKit> | undefined;

/** The kit, fetched once per frame; a failed load is tried again next time. */
export function loadKit(): Promise<PauseKit> {
  loading ??= (async () => {
    if (!readyKit()) await sendMessage('content:load-kit', {});
    const kit = readyKit();
    if (!kit) throw new Error('pause kit unavailable');
    return kit;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** The kit, or a failure once a person has waited long enough for it. */
export function loadKitInTime(): Promise<PauseKit> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), KIT_WAIT_MS);
    loadKit().then(
      (kit) => {
        clearTimeout(timer);
        resolve(kit);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
