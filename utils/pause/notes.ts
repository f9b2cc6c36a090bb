import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PauseSettings } from './decide';
import type { OverlayHandle } from './overlay-kit';
import { loadKitInTime } from './kit-loader';
import type { PauseFeedback } from '../storage/values';

const NOTE_MS = 5_000;
/** How long "Was this pause useful?" waits for a tap; and the thanks after one. */
const FEEDBACK_MS = 12_000;
const THANKS_MS = 2_500;
/** A moment after the pause closed, so the page settles and a note about the send comes first. */
const FEEDBACK_AFTER_MS = 800;

/** Counts pauses opened in this frame, so a short note that arrives late never covers a newer pause. */
let pausesOpened = 0;
let shownNote: OverlayHandle | undefined;
/** When the note on screen goes: a question waits for it, never covers it. */
let noteUntil = 0;

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
      noteUntil = Date.now() + NOTE_MS;
      ctx.setTimeout(() => note.remove(), NOTE_MS);
    },
    () => undefined,
  );
}

/**
 * "Was this pause useful?" after a pause closed, once any note about the send has gone. Dropped
 * when a new pause opens first; gone by itself if there is no answer.
 */
export function askFeedback(ctx: ContentScriptContext, theme: PauseSettings['theme'], onAnswer: (answer: PauseFeedback) => void): void {
  const openedBefore = pausesOpened;
  const ask = () => {
    if (pausesOpened !== openedBefore || ctx.isInvalid) return;
    const wait = noteUntil - Date.now();
    if (wait > 0) return void ctx.setTimeout(ask, wait);
    mountOverlay(ctx, theme).then(
      (note) => {
        if (pausesOpened !== openedBefore) return note.remove();
        shownNote?.remove();
        shownNote = note;
        const remove = () => note.remove();
        let expiry = ctx.setTimeout(remove, FEEDBACK_MS);
        note.askFeedback((answer) => {
          clearTimeout(expiry);
          expiry = ctx.setTimeout(remove, THANKS_MS);
          onAnswer(answer);
        }, remove);
      },
      () => undefined,
    );
  };
  ctx.setTimeout(ask, FEEDBACK_AFTER_MS);
}
