import { composerUrl, siteAdapter } from './site-kit';

/** `/t/<thread>` and `/e2ee/t/<thread>`, on messenger.com and under facebook.com/messages. */
const THREAD_IN_PATH = /\/t\/([^/?#]+)/;

/** Messenger: messenger.com and the Messages pages of facebook.com. */
export const messengerAdapter = siteAdapter({
  id: 'messenger',
  matches: (url) => url.hostname === 'www.messenger.com' || (url.hostname === 'www.facebook.com' && url.pathname.startsWith('/messages')),
  // 2026-11: the Lexical editor; the aria-label form is from the older Draft.js composer.
  composer: '[data-lexical-editor="true"][contenteditable="true"][role="textbox"], div[role="textbox"][contenteditable="true"][aria-label="Message"]',
  // Whole labels, both capitalisations seen: "Send a like" is a different button.
  sendControl: '[role="button"][aria-label="Press enter to send"], [role="button"][aria-label="Press Enter to send"], [role="button"][aria-label="Send"]',
  sendKey: () => 'enter',
  threadId: (composer) => composerUrl(composer)?.pathname.match(THREAD_IN_PATH)?.[1],
});
