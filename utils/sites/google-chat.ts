import { composerUrl, siteAdapter } from './site-kit';

/** `/room/<id>`, `/dm/<id>` or Gmail's `#chat/space/<id>`. */
const SPACE_IN_URL = /(?:\/|#chat\/)((?:room|space|dm)\/[A-Za-z0-9_-]+)/;

/** Google Chat: chat.google.com and the Chat client Gmail frames at mail.google.com/chat/. */
export const googleChatAdapter = siteAdapter({
  id: 'google-chat',
  matches: (url) => url.hostname === 'chat.google.com' || (url.hostname === 'mail.google.com' && url.pathname.startsWith('/chat/')),
  composer: 'div[role="textbox"][contenteditable="true"]',
  // 2026-11: a button in the current client; the div[role=button] form is the older one.
  sendControl: 'button[aria-label="Send message"], [role="button"][aria-label="Send message"], [data-tooltip="Send message"]',
  sendKey: () => 'enter',
  threadId(composer) {
    const space = composer.closest('[data-group-id]')?.getAttribute('data-group-id');
    if (space) return space;
    const url = composerUrl(composer);
    return url ? `${url.pathname}${url.hash}`.match(SPACE_IN_URL)?.[1] : undefined;
  },
});
