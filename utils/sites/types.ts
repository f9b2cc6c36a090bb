import type { SupportedSiteId } from '../storage/schemas';

/** Which key press sends a draft in a composer. */
export type SendKey =
  /** Enter sends, Shift+Enter is a newline (chat). Ctrl/Cmd+Enter also sends. */
  | 'enter'
  /** Enter sends, Shift+Enter is a newline; the site does not say that Ctrl/Cmd+Enter sends, so it does not count. */
  | 'plain-enter'
  /** Only Ctrl/Cmd+Enter sends; Enter is a newline (email, or a chat set that way). */
  | 'mod-enter'
  /** No key sends: only the send button does. */
  | 'button-only';

/**
 * Everything Steady knows about one host site, behind one shape. Features never hold
 * raw selectors: they ask the adapter. Prefer `role`, `aria-*` and `data-*` attributes;
 * when a site changes, keep the old selector beside the new with a dated comment.
 */
export interface SiteAdapter {
  /** A supported site's id, or `generic` for sites the person added. */
  readonly id: SupportedSiteId | 'generic';
  /** Whether this adapter handles a page at this URL. */
  matches(url: URL): boolean;
  /**
   * The composer an event is aimed at, resolved from the event's `composedPath()` (so
   * single-page apps and re-rendered composers need no observers); undefined if none.
   */
  findComposer(path: readonly EventTarget[]): HTMLElement | undefined;
  /** The draft as plain text: placeholders, zero-width characters and hidden parts left out. */
  readDraft(composer: HTMLElement): string;
  /** The control that sends this composer's draft, if the site has one. */
  findSendControl(composer: HTMLElement): HTMLElement | undefined;
  /** For a click or pointer event: the composer whose send control is in the path, if any. */
  composerForSendControl(path: readonly EventTarget[]): HTMLElement | undefined;
  /** Which key sends from this composer right now. */
  sendKey(composer: HTMLElement): SendKey;
  /** Whether Enter would pick an open suggestion (mention, emoji, autocomplete) instead of sending. */
  isSuggestionOpen(composer: HTMLElement): boolean;
  /** The conversation's id where the site exposes one (for chasing-reply detection). */
  threadId(composer: HTMLElement): string | undefined;
  /** A mail's subject, kept with a draft saved for later; undefined where there is none (chat). */
  readSubject(composer: HTMLElement): string | undefined;
}
