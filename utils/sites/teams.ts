import { composerUrl, labelNamesModEnter, siteAdapter } from './site-kit';

/** Chat and channel ids: `19:<id>@thread.v2`, `@thread.tacv2`, `@unq.gbl.spaces`… */
const CONVERSATION_ID = /19:[^/?#&]+@(?:thread\.[a-z0-9]+|unq\.gbl\.spaces)/i;

/** Microsoft Teams on the web, work and personal: chat and channel compose boxes. */
export const teamsAdapter = siteAdapter({
  id: 'teams',
  matches: (url) => ['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com'].includes(url.hostname),
  // 2026-11: the new client marks the CKEditor root data-tid="ckeditor"; the classic one
  // used data-tid="ckeditor-replyConversation", on the editable or around it.
  composer:
    '[data-tid="ckeditor"][contenteditable="true"], [data-tid="ckeditor-replyConversation"][contenteditable="true"], [data-tid="ckeditor-replyConversation"] [contenteditable="true"]',
  // 2026-11: both data-tids are in use (the "new…" one when a file is attached); the id is classic.
  sendControl: '[data-tid="sendMessageCommands-send"], [data-tid="newMessageCommands-send"], #send-message-button',
  // With the formatting box expanded, Enter starts a new line and the button says Ctrl+Enter.
  sendKey: (composer) => (labelNamesModEnter(teamsAdapter.findSendControl(composer)) ? 'mod-enter' : 'enter'),
  threadId(composer) {
    const href = composerUrl(composer)?.href;
    return href ? decodeURIComponent(href).match(CONVERSATION_ID)?.[0] : undefined;
  },
});
