import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * A frame with no address of its own (`about:blank`, `srcdoc`, or none at all, which editors such
 * as TinyMCE fill with `document.write`, so it reports its parent's address) gets no content script.
 */
function hasNoScriptOfItsOwn(frame: HTMLIFrameElement, frameWindow: Window): boolean {
  const src = frame.getAttribute('src')?.trim() ?? '';
  return (
    frameWindow.location.href.startsWith('about:') || frame.hasAttribute('srcdoc') || src === '' || src.startsWith('about:') || src.startsWith('javascript:')
  );
}

/**
 * Editors inside same-origin frames with no address of their own get no content script of
 * their own, so their window is watched from here once focus moves into one (the page
 * window blurs and the iframe becomes the active element). Other frames run their own
 * copy of the content script.
 */
export function watchEditorFrames(ctx: ContentScriptContext, listen: (frameWindow: Window) => void): void {
  const watched = new WeakSet<Document>();
  const check = () => {
    const active = document.activeElement;
    if (active?.tagName !== 'IFRAME') return;
    try {
      const frameWindow = (active as HTMLIFrameElement).contentWindow;
      const frameDocument = frameWindow?.document;
      if (!frameWindow || !frameDocument || watched.has(frameDocument) || !hasNoScriptOfItsOwn(active as HTMLIFrameElement, frameWindow)) return;
      watched.add(frameDocument);
      listen(frameWindow);
    } catch {
      // A cross-origin frame: its own content script handles it.
    }
  };
  ctx.addEventListener(window, 'blur', check);
  ctx.addEventListener(window, 'focusin', check, { capture: true });
}
