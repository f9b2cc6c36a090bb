import { composerUrl, siteAdapter } from './site-kit';

const OUTLOOK_HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);
/** `/mail/inbox/id/<conversation>` (and `/mail/0/…` for a second account). */
const ITEM_IN_PATH = /\/id\/([^/?#]+)/;

/** Outlook on the web, personal and work: the reading-pane reply and the full compose form. */
export const outlookAdapter = siteAdapter({
  id: 'outlook',
  matches: (url) => OUTLOOK_HOSTS.has(url.hostname),
  // The To/Cc wells are role="textbox" too; only the body is labelled "Message body…".
  composer: 'div[role="textbox"][contenteditable="true"][aria-label^="Message body"], div[contenteditable="true"][id^="editorParent"]',
  // 2026-11: the label is "Send"; the title with its shortcut is kept for builds without it.
  sendControl: 'button[aria-label="Send"], button[title="Send (Ctrl+Enter)"]',
  // Everything after the reply marker is the quoted conversation.
  quotedAfter: '#appendonsend',
  notDraft: '#divRplyFwdMsg, #Signature',
  // 2026-11: the subject field is labelled "Add a subject" (English); the generic words are the fallback.
  subject: 'input[aria-label="Add a subject"], input[placeholder="Add a subject"], input[aria-label*="subject" i], input[aria-label*="asunto" i]',
  sendKey: () => 'mod-enter',
  threadId(composer) {
    const item = composerUrl(composer)?.pathname.match(ITEM_IN_PATH)?.[1];
    return item ? decodeURIComponent(item) : undefined;
  },
});
