import type { SendKey, SiteAdapter } from './types';
import { composerFromPath, editableRoot, formOf, isAutocompleteOpen, isElement, isTextField, readPlainText } from './dom';

/** How far up from a composer a send button or subject field is looked for. */
const NEIGHBOURHOOD_DEPTH = 6;
const SEND_LABEL = /^\s*send\b/i;
const BUTTONS = 'button, input[type="submit"], [role="button"]';
const COMPOSERS = 'textarea, input[type="text"], input:not([type]), [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
const SUBJECT = 'input[name*="subject" i], input[aria-label*="subject" i], input[placeholder*="subject" i]';

function looksLikeSend(control: HTMLElement): boolean {
  const label = [control.getAttribute('aria-label'), control.getAttribute('title'), control.getAttribute('data-testid'), control.textContent, (control as HTMLInputElement).value]
    .filter(Boolean)
    .join(' ');
  if (SEND_LABEL.test(label) || /\bsend\b/i.test(control.getAttribute('data-testid') ?? '')) return true;
  const type = control.getAttribute('type');
  return !!formOf(control) && (type === 'submit' || (control.tagName === 'BUTTON' && type === null));
}

/** The parent of `node`; for the root of an editor's same-origin frame, the parent of the frame's element. */
function parentAcrossFrames(node: HTMLElement): HTMLElement | null {
  return node.parentElement ?? (node.ownerDocument.defaultView?.frameElement as HTMLElement | null | undefined)?.parentElement ?? null;
}

/** Ancestors of `element`, nearest first, a few levels up (out of an editor's frame into its page). */
function neighbourhood(element: HTMLElement): HTMLElement[] {
  const levels: HTMLElement[] = [];
  for (let node = parentAcrossFrames(element); node && levels.length < NEIGHBOURHOOD_DEPTH; node = parentAcrossFrames(node)) levels.push(node);
  return levels;
}

/** Editable regions in `scope`: fields and editable elements, and editors in its same-origin frames. */
function composersIn(scope: HTMLElement): HTMLElement[] {
  const found = [...scope.querySelectorAll<HTMLElement>(COMPOSERS)].filter((candidate) => isTextField(candidate) || candidate.isContentEditable);
  for (const frame of scope.querySelectorAll('iframe')) {
    // contentDocument is null for a cross-origin frame: its own content script handles it.
    const body = frame.contentDocument?.body;
    const editor = body && editableRoot(body);
    if (editor) found.push(editor);
  }
  return found;
}

function findSendControl(composer: HTMLElement): HTMLElement | undefined {
  const form = formOf(composer);
  for (const scope of form ? [form] : neighbourhood(composer)) {
    const control = [...scope.querySelectorAll<HTMLElement>(BUTTONS)].find(looksLikeSend);
    if (control) return control;
  }
  return undefined;
}

function composerNear(control: HTMLElement): HTMLElement | undefined {
  const form = formOf(control);
  for (const scope of form ? [form] : neighbourhood(control)) {
    const candidates = composersIn(scope);
    // A message body wins over one-line fields such as a subject or a search box.
    const composer = candidates.find((candidate) => candidate.tagName !== 'INPUT') ?? candidates.find((candidate) => !candidate.matches(SUBJECT));
    if (composer) return composer;
  }
  return undefined;
}

/**
 * Composers on sites the person added (and on the test pages in e2e builds): any text
 * field or editable region, its nearest send-looking button, Enter to send for chats
 * and Ctrl/Cmd+Enter for email-like forms that have a subject line.
 */
export const genericAdapter: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  findComposer(path) {
    const composer = composerFromPath(path);
    if (composer) return composer;
    const form = path.find((target) => isElement(target) && target.tagName === 'FORM') as HTMLFormElement | undefined;
    return form ? composerNear(form) : undefined;
  },
  readDraft: readPlainText,
  findSendControl,
  composerForSendControl(path) {
    const control = path.find((target): target is HTMLElement => isElement(target) && target.matches(BUTTONS));
    if (!control || !looksLikeSend(control)) return undefined;
    const composer = composerNear(control);
    return composer && findSendControl(composer) === control ? composer : undefined;
  },
  sendKey(composer): SendKey {
    if (composer.tagName === 'INPUT') return 'enter';
    const hint = composer.getAttribute('enterkeyhint');
    if (hint === 'send') return 'enter';
    const emailLike = (formOf(composer) ?? neighbourhood(composer).at(-1))?.querySelector(SUBJECT);
    return emailLike ? 'mod-enter' : 'enter';
  },
  isSuggestionOpen: isAutocompleteOpen,
  threadId: () => undefined,
};
