import { composerUrl, siteAdapter } from './site-kit';

/** Gmail's conversation ids in the address (`#inbox/FMfcgz…`; older ones are 16 hex digits). */
const THREAD_IN_HASH = /^[A-Za-z0-9]{16,}$/;

/** Gmail: the compose window and inline replies; Google Chat inside Gmail has its own adapter. */
export const gmailAdapter = siteAdapter({
  id: 'gmail',
  matches: (url) => url.hostname === 'mail.google.com' && !url.pathname.startsWith('/chat/'),
  // g_editable marks Gmail's own editor in every language; the aria-label is English-only.
  composer: '[g_editable="true"][contenteditable="true"], div[role="textbox"][aria-label="Message Body"][contenteditable="true"]',
  // 2026-11: the tooltip and label begin with "Send" only in English; .aoO has marked the
  // Send button in every language for years, so it stays beside them as the fallback.
  sendControl: 'div[role="button"][data-tooltip^="Send"], div[role="button"][aria-label^="Send"], div[role="button"].aoO',
  // Quoted history and the signature are not what the person is writing now.
  notDraft: '.gmail_quote, .gmail_quote_container, .gmail_signature',
  // The subject's field name has been the same in every language for years.
  subject: 'input[name="subjectbox"]',
  sendKey: () => 'mod-enter',
  threadId(composer) {
    // A compose window is a new message even when it opens over a conversation.
    if (composer.closest('[role="dialog"]')) return undefined;
    const last = composerUrl(composer)?.hash.split('/').at(-1) ?? '';
    return THREAD_IN_HASH.test(last) ? last : undefined;
  },
});
