import { siteAdapter } from './site-kit';

/** Message ids look like `false_<chat jid>_<message id>`; the jid names the chat. */
const CHAT_IN_MESSAGE_ID = /^(?:true|false)_([^_]+@[^_]+)_/;

/** WhatsApp Web: the message box in an open chat's footer. */
export const whatsappAdapter = siteAdapter({
  id: 'whatsapp',
  matches: (url) => url.hostname === 'web.whatsapp.com',
  // 2026-11: the Lexical box in the footer; data-testid is from older builds.
  composer: 'footer [contenteditable="true"][role="textbox"], footer [contenteditable="true"][data-tab="10"], [data-testid="conversation-compose-box-input"]',
  // 2026-11: the label is English-only; the icon names hold in every language
  // (wds-ic-send-filled now, "send" before it; compose-btn-send in older builds).
  sendControl: 'button[aria-label="Send"], span[data-icon="wds-ic-send-filled"], span[data-icon="send"], [data-testid="compose-btn-send"]',
  sendKey: () => 'enter',
  threadId(composer) {
    const message = composer.closest('#main')?.querySelector('[data-id*="@"]');
    return message?.getAttribute('data-id')?.match(CHAT_IN_MESSAGE_ID)?.[1];
  },
});
