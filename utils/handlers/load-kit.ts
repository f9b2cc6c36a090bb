import { browser, type Browser } from 'wxt/browser';

/** The built file of `entrypoints/pause-kit.ts`. */
export const KIT_SCRIPT = '/pause-kit.js';

/**
 * Injects the pause kit (analyzer and overlay) into the one frame that asked, in its content script world.
 * The page's own scripts cannot see it there, and it is a file inside the extension.
 */
export async function injectKit(_data: Record<string, never>, sender: Browser.runtime.MessageSender) {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('no tab');
  // At once, not at the frame's document_idle: a person may already be waiting on a held send.
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [KIT_SCRIPT], injectImmediately: true });
  return { ok: true as const };
}
