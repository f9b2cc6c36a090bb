import { composerUrl, labelNamesModEnter, siteAdapter } from './site-kit';

/** `/client/<team>/<channel>` and `/client/<team>/<channel>/thread/<channel>-<ts>`. */
const CHANNEL_IN_PATH = /^\/client\/[^/]+\/([A-Z0-9]+)(?:\/thread\/([A-Z0-9]+-[\d.]+))?/;
const SEND = '[data-qa="texty_send_button"]';

/** Slack in the browser: channel, DM and thread composers. */
export const slackAdapter = siteAdapter({
  id: 'slack',
  matches: (url) => url.hostname === 'app.slack.com',
  // 2026-11: data-qa="message_input" wraps the Quill editor; the bare .ql-editor textbox is
  // kept for composers rendered without the wrapper.
  composer: '[data-qa="message_input"] [contenteditable="true"], .ql-editor[role="textbox"][contenteditable="true"]',
  sendControl: SEND,
  suggestions: '[data-qa="texty_autocomplete_menu"], .c-texty_autocomplete',
  // Enter sends unless the person chose Ctrl+Enter, which Slack then names on the button.
  sendKey: (composer) => (labelNamesModEnter(slackAdapter.findSendControl(composer)) ? 'mod-enter' : 'enter'),
  threadId(composer) {
    const match = composerUrl(composer)?.pathname.match(CHANNEL_IN_PATH);
    if (!match) return undefined;
    const inThreadPane = !!composer.closest('[data-qa="threads_flexpane"]');
    return inThreadPane && match[2] ? match[2] : match[1];
  },
});
