/**
 * The composer fixture pages (tests/fixtures/composers, built into tests/fixtures/dist) and
 * how a person sends from each. Every page follows the delivery contract in
 * tests/fixtures/composers/shared/delivery.ts: `window.__delivered`, `<ol data-testid="delivered">`,
 * `window.__ready`, and the composer is emptied after a send.
 */
export type ComposerFixture = {
  name: string;
  /** Where the fixture server serves the page. */
  path: `/dist/${string}/index.html`;
  /** The editor's own editable element (inside `frame` when there is one). */
  composer: string;
  /** The same-origin iframe that holds the composer, for editors that edit inside one. */
  frame?: string;
  /** The host's send control (a real button, or Gmail's role="button" div). */
  sendButton: string;
  /** The key that sends; none where only the send control sends (a comment form, a mail page without a shortcut). */
  sendKey?: 'Enter' | 'Control+Enter';
  /** The key that starts a new line without sending (chat: Shift+Enter; mail: Enter). */
  newlineKey?: 'Shift+Enter' | 'Enter';
  /** The host acts only on the person's own events, so a replayed send is ignored there. */
  replayIgnored?: true;
  /** Typing `typed` opens a suggestion list that Enter picks from, leaving `picked`. */
  suggestion?: { typed: string; picked: string };
  /** The host's server takes up to this long to acknowledge a send: only then does it arrive and the composer empty. */
  slowAckMs?: number;
};

const SEND = 'button[aria-label="Send"]';

export const COMPOSERS: ComposerFixture[] = [
  {
    name: 'textarea-form',
    path: '/dist/textarea-form/index.html',
    composer: 'textarea[aria-label="Message"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'react-textarea',
    path: '/dist/react-textarea/index.html',
    composer: 'textarea[aria-label="Message"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'gmail-like',
    path: '/dist/gmail-like/index.html',
    composer: 'div[g_editable="true"][role="textbox"][aria-label="Message Body"]',
    sendButton: 'div[role="button"][data-tooltip^="Send"]',
    sendKey: 'Control+Enter',
    newlineKey: 'Enter',
  },
  {
    name: 'trusted-only',
    path: '/dist/trusted-only/index.html',
    composer: 'div[contenteditable="true"][aria-label="Message"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
    replayIgnored: true,
  },
  {
    name: 'lexical',
    path: '/dist/lexical/index.html',
    composer: '[data-lexical-editor="true"][role="textbox"][aria-label="Type a message"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'slate',
    path: '/dist/slate/index.html',
    composer: '[data-slate-editor="true"][role="textbox"][aria-label="Message #general"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'quill',
    path: '/dist/quill/index.html',
    composer: '[data-qa="message_input"] .ql-editor[role="textbox"]',
    sendButton: 'button[data-qa="texty_send_button"][aria-label="Send now"]',
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'tiptap',
    path: '/dist/tiptap/index.html',
    composer: '.ProseMirror[contenteditable="true"][role="textbox"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'draftjs',
    path: '/dist/draftjs/index.html',
    composer: '.public-DraftEditor-content[contenteditable="true"][role="textbox"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'rooster',
    path: '/dist/rooster/index.html',
    composer: 'div[contenteditable="true"][role="textbox"][aria-label="Message body"]',
    sendButton: 'button[aria-label="Send"][title="Send (Ctrl+Enter)"]',
    sendKey: 'Control+Enter',
    newlineKey: 'Enter',
  },
  {
    name: 'ckeditor5',
    path: '/dist/ckeditor5/index.html',
    composer: '.ck-editor__editable[contenteditable="true"][role="textbox"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'iframe-editor',
    path: '/dist/iframe-editor/index.html',
    frame: 'iframe[title="Message editor"]',
    composer: 'body[contenteditable="true"][role="textbox"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'autocomplete',
    path: '/dist/autocomplete/index.html',
    composer: 'textarea[aria-label="Message"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
    suggestion: { typed: ' @sa', picked: ' @Sam ' },
  },
  {
    name: 'slow-ack',
    path: '/dist/slow-ack/index.html',
    composer: 'textarea[aria-label="Message"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
    slowAckMs: 3_000,
  },
  {
    name: 'remount',
    path: '/dist/remount/index.html',
    composer: 'textarea[aria-label="Message"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'replace-after-send',
    path: '/dist/replace-after-send/index.html',
    composer: 'div[contenteditable="true"][role="textbox"][aria-label="Message"]',
    sendButton: SEND,
    sendKey: 'Enter',
    newlineKey: 'Shift+Enter',
  },
  {
    name: 'iframe-mail',
    path: '/dist/iframe-mail/index.html',
    frame: 'iframe.tox-edit-area__iframe',
    composer: 'body#tinymce[contenteditable="true"]',
    sendButton: '[role="toolbar"][aria-label="Message actions"] button#send',
    newlineKey: 'Enter',
  },
  {
    name: 'comment-form',
    path: '/dist/comment-form/index.html',
    composer: 'form#new-comment textarea[name="comment"]',
    sendButton: 'form#new-comment button[type="submit"]',
    newlineKey: 'Enter',
  },
];
