import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PauseSettings } from './decide';
import type { OverlayHandle } from './overlay-kit';
import { loadKitInTime } from './kit-loader';

const NOTE_MS = 5_000;

/** Counts pauses opened in this frame, so a short note that arrives late never covers a newer pause. */
let pausesOpened = 0;
let shownNote: OverlayHandle | undefined;

/** A new overlay, once the kit is here. */
export function mountOverlay(ctx: ContentScriptContext, theme: PauseSettings['theme']): Promise<OverlayHandle> {
  return loadKitInTime().then((kit) => kit.mount(ctx, theme));
}

/** A pause is opening: a note from an earlier one must not lie over its buttons. */
export function pauseOpening(): void {
  pausesOpened++;
  shownNote?.remove();
  shownNote = undefined;
}

/** A short note in the corner ("Press Enter to send"), gone after a few seconds. */
export function showNote(ctx: ContentScriptContext, theme: PauseSettings['theme'], message: string): void {
  const openedBefore = pausesOpened;
  mountOverlay(ctx, theme).then(
    (note) => {
      if (pausesOpened !== openedBefore) return note.remove();
      shownNote?.remove();
      shownNote = note;
      note.showToast(message);
      ctx.setTimeout(() => note.remove(), NOTE_MS);
    },
    () => undefined,
  );
}
