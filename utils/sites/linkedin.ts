import type { SendKey } from './types';
import { composerUrl, siteAdapter } from './site-kit';

/** `/messaging/thread/<id>/` */
const THREAD_IN_PATH = /^\/messaging\/thread\/([^/?#]+)/;
/** The send options menu lists "Press Enter to Send" first and "Click Send" second. */
const SENDING_OPTIONS = '.msg-form__sending-options, .msg-form__send-toggle [role="menuitemradio"]';

/**
 * LinkedIn's "Press Enter to Send" choice, read from the form's send options (by position,
 * so it holds in every language). Without it, Ctrl+Enter is assumed: a guess that misses a
 * pause fails open, where guessing Enter would interrupt every new line.
 */
function linkedinSendKey(composer: HTMLElement): SendKey {
  const options = [...(composer.closest('form')?.querySelectorAll(SENDING_OPTIONS) ?? [])];
  const chosen = options.findIndex((option) => option.getAttribute('aria-checked') === 'true' || option.querySelector('input:checked'));
  return chosen === 0 ? 'enter' : 'mod-enter';
}

/** LinkedIn messaging: the Messaging page and the message bubbles on every page. */
export const linkedinAdapter = siteAdapter({
  id: 'linkedin',
  // The bubbles appear on any LinkedIn page, so the whole host is covered.
  matches: (url) => url.hostname === 'www.linkedin.com',
  composer: '.msg-form__contenteditable[contenteditable="true"], form.msg-form [role="textbox"][contenteditable="true"]',
  // 2026-11: .msg-form__send-btn appears in some builds beside the long-standing name.
  sendControl: '.msg-form__send-button, .msg-form__send-btn',
  suggestions: '.msg-form__mention-typeahead:not([hidden]), .msg-typeahead',
  sendKey: linkedinSendKey,
  threadId(composer) {
    // A bubble's conversation is not in the address; only the Messaging page's is.
    if (composer.closest('.msg-overlay-conversation-bubble')) return undefined;
    return composerUrl(composer)?.pathname.match(THREAD_IN_PATH)?.[1];
  },
});
