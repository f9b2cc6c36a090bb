import { composerUrl, labelNamesModEnter, siteAdapter } from './site-kit';

/** Telegram Web, both clients: K (`/k/`) and A (`/a/`). */
export const telegramAdapter = siteAdapter({
  id: 'telegram',
  matches: (url) => url.hostname === 'web.telegram.org',
  // K keeps a hidden contenteditable mirror (.input-field-input-fake) beside the real box.
  composer: '.input-message-input[contenteditable="true"]:not(.input-field-input-fake), #editable-message-text[contenteditable="true"]',
  sendControl: 'button.btn-send, button.send',
  suggestions: '.autocomplete-helper:not(.hide), .composer-tooltip.shown',
  // Enter sends unless the person chose Ctrl+Enter, which then shows on the Send button.
  sendKey: (composer) => (labelNamesModEnter(telegramAdapter.findSendControl(composer)) ? 'mod-enter' : 'enter'),
  threadId(composer) {
    const peer = composer.getAttribute('data-peer-id');
    if (peer) return peer;
    const hash = composerUrl(composer)?.hash.slice(1);
    return hash ? decodeURIComponent(hash) : undefined;
  },
});
