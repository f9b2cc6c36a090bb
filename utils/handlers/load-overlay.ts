import { browser, type Browser } from 'wxt/browser';

/** The built file of `entrypoints/pause-overlay.ts`. */
export const OVERLAY_SCRIPT = '/pause-overlay.js';

/**
 * Injects the pause overlay into the one frame that asked, in its content script world.
 * The page's own scripts cannot see it there, and it is a file inside the extension.
 */
export async function injectOverlay(_data: Record<string, never>, sender: Browser.runtime.MessageSender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('no tab');
  // At once, not at the frame's document_idle: a person may already be waiting on a held send.
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [OVERLAY_SCRIPT], injectImmediately: true });
  return { ok: true as const };
}
