import { sendMessage } from '../messaging/content';
import type { OverlayKit } from './overlay-kit';

/**
 * The overlay arrives in its own script, injected by the worker into this frame's content
 * script world when a composer is first used. It hands itself over under a symbol in that
 * world: the page's scripts live in another, and a symbol key cannot be shadowed by the
 * page's named elements (`<div id=…>` shows up on `window` here too).
 */
const KIT_KEY = Symbol.for('steady.overlay-kit');

type KitHolder = { [KIT_KEY]?: OverlayKit };

/** Called by the overlay script, and by Steady's own pages, which bundle the overlay. */
export function provideOverlay(kit: OverlayKit): void {
  (globalThis as KitHolder)[KIT_KEY] = kit;
}

function providedKit(): OverlayKit | undefined {
  const kit = (globalThis as KitHolder)[KIT_KEY];
  return typeof kit?.mount === 'function' ? kit : undefined;
}

let loading: Promise<OverlayKit> | undefined;

/** The overlay, fetched once per frame; a failed load is tried again next time. */
export function loadOverlay(): Promise<OverlayKit> {
  loading ??= (async () => {
    if (!providedKit()) await sendMessage('content:load-overlay', {});
    const kit = providedKit();
    if (!kit) throw new Error('overlay unavailable');
    return kit;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
