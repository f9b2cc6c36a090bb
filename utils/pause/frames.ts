import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Editors inside same-origin `about:blank`/`srcdoc` iframes get no content script of
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
      if (!frameWindow || !frameDocument || watched.has(frameDocument) || !frameWindow.location.href.startsWith('about:')) return;
      watched.add(frameDocument);
      listen(frameWindow);
    } catch {
      // A cross-origin frame: its own content script handles it.
    }
  };
  ctx.addEventListener(window, 'blur', check);
  ctx.addEventListener(window, 'focusin', check, { capture: true });
}
