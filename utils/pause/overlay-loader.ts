import { sendMessage } from '../messaging/content';
import type { OverlayKit } from './overlay-kit';

/**
 * The overlay arrives in its own script, injected by the worker into this frame's content
 * script world when a composer is first used. It hands itself over on a global that only
 * that world can see (the page's own scripts live in another).
 */
const KIT_KEY = '__steadyOverlayKit';

type KitHolder = { [KIT_KEY]?: OverlayKit };

/** Called by the overlay script, and by Steady's own pages, which bundle the overlay. */
export function provideOverlay(kit: OverlayKit): void {
  (globalThis as KitHolder)[KIT_KEY] = kit;
}

let loading: Promise<OverlayKit> | undefined;

/** The overlay, fetched once per frame; a failed load is tried again next time. */
export function loadOverlay(): Promise<OverlayKit> {
  loading ??= (async () => {
    const holder = globalThis as KitHolder;
    if (!holder[KIT_KEY]) await sendMessage('content:load-overlay', {});
    const kit = holder[KIT_KEY];
    if (!kit) throw new Error('overlay unavailable');
    return kit;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
