import type { SiteAdapter } from '../sites/types';
import { formOf } from '../sites/dom';

/** What the person did to send, so Send anyway can do it again through the site's own path. */
export type SendGesture =
  { kind: 'key'; init: KeyboardEventInit & { keyCode: number; which: number } } | { kind: 'click' } | { kind: 'submit'; submitter: HTMLElement | null };

let replaying = false;

/** True only while Steady itself is dispatching a replayed send. */
export function isReplaying(): boolean {
  return replaying;
}

export function keyGesture(event: KeyboardEvent): SendGesture {
  const { key, code, keyCode, which, location, ctrlKey, metaKey, shiftKey, altKey } = event;
  return { kind: 'key', init: { key, code, keyCode, which, location, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true, composed: true } };
}

/**
 * Sends once more through the site: its send control (mousedown, mouseup, click, as
 * some sites need the whole sequence), else the original key on the composer, else
 * the form. Synchronous, so exactly the dispatched events pass while `replaying`.
 */
export function replaySend(adapter: SiteAdapter, composer: HTMLElement, gesture: SendGesture): void {
  const view = composer.ownerDocument.defaultView ?? window;
  const control = adapter.findSendControl(composer);
  replaying = true;
  try {
    if (control) {
      // The control may live outside the composer's frame (an editor in an iframe).
      const controlView = control.ownerDocument.defaultView ?? view;
      const init = { bubbles: true, cancelable: true, composed: true, view: controlView, button: 0 };
      control.dispatchEvent(new controlView.MouseEvent('mousedown', init));
      control.dispatchEvent(new controlView.MouseEvent('mouseup', init));
      control.dispatchEvent(new controlView.MouseEvent('click', init));
    } else if (gesture.kind === 'key') {
      composer.dispatchEvent(new view.KeyboardEvent('keydown', gesture.init));
    } else {
      const form = formOf(composer);
      // A submitter the page has since removed or moved would make requestSubmit throw.
      const submitter =
        gesture.kind === 'submit' && gesture.submitter?.isConnected && (gesture.submitter as HTMLButtonElement).form === form ? gesture.submitter : null;
      form?.requestSubmit(submitter);
    }
  } finally {
    replaying = false;
  }
}
