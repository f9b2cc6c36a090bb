import type { SendKey, SiteAdapter } from './types';
import {
  composerFromPath,
  editableRoot,
  formOf,
  frameOf,
  isAutocompleteOpen,
  isElement,
  isShown,
  isTextField,
  parentAcrossFrames,
  readPlainText,
  subjectNear,
} from './dom';

/**
 * Composers on sites the person added (and on the test pages in e2e builds), read from what any
 * page shows: roles, labels, titles, field names and icon names, in the languages Steady ships.
 * Nothing here is written for one site: a decision that needs one site's markup belongs in that
 * site's own adapter.
 */

/** How far up from a composer its send control is looked for first. */
const NEIGHBOURHOOD_DEPTH = 6;
const BUTTONS = 'button, input[type="submit"], input[type="button"], [role="button"]';
const FIELDS = 'textarea, input, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';

/** Words that name sending, in Steady's languages. */
const SEND_WORDS = /(^|[^a-z])(send|enviar|envía|envia|envoyer)([^a-z]|$)/i;
/** Icon names that mean send. */
const SEND_ICONS = /send|paper-?plane|enviar/i;
/** Controls near a composer that are never its send: formatting, attaching, cancelling, searching. */
const NOT_SEND =
  /\b(bold|italic|underline|format|attach|upload|emoji|gif|sticker|insert|link|image|photo|file|cancel|discard|delete|remove|close|search|save|draft|schedule|later|options|more|negrita|cursiva|adjuntar|subir|insertar|imagen|archivo|cancelar|descartar|borrar|eliminar|cerrar|buscar|guardar|borrador|programar|más)\b/i;
const SUBJECT = /subject|asunto/i;
const RECIPIENT_NAME = /^_?(to|cc|bcc|recipients?|para|cco|destinatarios?)$/i;
const RECIPIENT_LABEL = /^\s*(to|cc|bcc|recipients?|para|cco|destinatarios?)\b/i;
const SEARCH = /search|buscar|query|filter/i;
/** A shortcut the page itself announces for sending: "Send (Ctrl+Enter)", aria-keyshortcuts. */
const MOD_ENTER = /(ctrl|control|cmd|command|meta|⌘)\s*[-+]?\s*(enter|intro|return|↵|⏎)/i;
const BIDI_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const attr = (element: Element, name: string) => element.getAttribute(name) ?? '';

/** Everything a control says about itself: labels, titles, text, value, test ids. */
function labelOf(control: HTMLElement): string {
  const parts = [
    attr(control, 'aria-label'),
    attr(control, 'title'),
    attr(control, 'data-tooltip'),
    attr(control, 'data-testid'),
    attr(control, 'name'),
    control.textContent ?? '',
  ];
  if (control.tagName === 'INPUT') parts.push((control as HTMLInputElement).value);
  return parts.join(' ').replace(BIDI_MARKS, '').replace(/\s+/g, ' ').trim();
}

/** Icon names a control carries: its classes, data-icon, and the symbols its SVG uses. */
function iconNames(control: HTMLElement): string {
  const names = [attr(control, 'class'), attr(control, 'data-icon'), attr(control, 'id')];
  for (const part of control.querySelectorAll('[class], [data-icon], use'))
    names.push(attr(part, 'class'), attr(part, 'data-icon'), attr(part, 'href'), attr(part, 'xlink:href'));
  return names.join(' ');
}

/**
 * How strongly a control looks like the send of a composer's draft: 3 for a label that says send,
 * 2 for a send icon, 1 for a form's submit button that says nothing else; 0 when it is not one.
 */
export function sendEvidence(control: HTMLElement): number {
  if (!isShown(control) || control.matches(':disabled')) return 0;
  const label = labelOf(control);
  // "Send later", "More send options": about sending, but not the send itself.
  if (SEND_WORDS.test(label)) return NOT_SEND.test(label) ? 1 : 3;
  if (NOT_SEND.test(label)) return 0;
  if (SEND_ICONS.test(iconNames(control))) return 2;
  const type = attr(control, 'type').toLowerCase();
  return type === 'submit' && !!formOf(control) ? 1 : 0;
}

/** Ancestors of `element`, nearest first, a few levels up (out of an editor's frame into its page). */
function neighbourhood(element: HTMLElement): HTMLElement[] {
  const levels: HTMLElement[] = [];
  for (let node = parentAcrossFrames(element); node && levels.length < NEIGHBOURHOOD_DEPTH; node = parentAcrossFrames(node)) levels.push(node);
  return levels;
}

/** The composer's own document and, for an editor in a same-origin frame, the page around it. */
function documentsOf(element: HTMLElement): Document[] {
  const frame = frameOf(element);
  return frame ? [element.ownerDocument, frame.ownerDocument] : [element.ownerDocument];
}

function isSearchField(field: HTMLElement): boolean {
  if (field.closest('[role="search"], form[role="search"]') || attr(field, 'role') === 'searchbox' || attr(field, 'type').toLowerCase() === 'search')
    return true;
  return SEARCH.test([attr(field, 'name'), attr(field, 'id'), attr(field, 'aria-label'), attr(field, 'placeholder')].join(' '));
}

/** A text field or editable region where a person might write, shown on the page, that is not a search box. */
function isWritingField(field: HTMLElement): boolean {
  const editable = isTextField(field) || field.isContentEditable;
  return editable && isShown(field) && !isSearchField(field) && !field.matches(':disabled, [readonly]');
}

/** Editable regions in `scope`: fields and editable elements, and editors in its same-origin frames. */
function composersIn(scope: ParentNode): HTMLElement[] {
  const found = [...scope.querySelectorAll<HTMLElement>(FIELDS)].filter(isWritingField).map((field) => editableRoot(field) ?? field);
  for (const frame of scope.querySelectorAll<HTMLIFrameElement>('iframe')) {
    if (!isShown(frame)) continue;
    // contentDocument is null for a cross-origin frame: its own content script handles it.
    const body = safeFrameBody(frame);
    const editor = body && editableRoot(body);
    if (editor) found.push(editor);
  }
  return [...new Set(found)];
}

function safeFrameBody(frame: HTMLIFrameElement): HTMLElement | undefined {
  try {
    return frame.contentDocument?.body ?? undefined;
  } catch {
    return undefined;
  }
}

/** A plain text box with no send control near it, and no sign that Enter sends it. */
function isUnsentTextBox(field: HTMLElement): boolean {
  return field.tagName === 'TEXTAREA' && attr(field, 'enterkeyhint').toLowerCase() !== 'send' && !findSendControl(field);
}

function isOneLine(field: HTMLElement): boolean {
  return field.tagName === 'INPUT';
}

/** Subject or recipient fields shown beside the composer (in its document, or the page around its frame): this is mail. */
export function isMailComposer(composer: HTMLElement): boolean {
  for (const doc of documentsOf(composer)) {
    for (const field of doc.querySelectorAll<HTMLElement>('input, textarea, [contenteditable="true"], [role="combobox"], [role="textbox"]')) {
      if (field !== composer && isShown(field) && isMailField(field)) return true;
    }
  }
  return false;
}

/** The strongest send control for a composer: in its form, then a few levels around it, then (for mail) the whole page. */
function findSendControl(composer: HTMLElement): HTMLElement | undefined {
  const form = formOf(composer);
  const scopes: ParentNode[] = form ? [form, ...neighbourhood(composer)] : neighbourhood(composer);
  for (const scope of scopes) {
    const best = strongest([...scope.querySelectorAll<HTMLElement>(BUTTONS)]);
    if (best) return best;
  }
  // A mail page keeps its Send in a toolbar far from the editor (often outside its frame): only a
  // control that names sending counts there.
  if (!isMailComposer(composer)) return undefined;
  for (const doc of documentsOf(composer).reverse()) {
    const best = strongest([...doc.querySelectorAll<HTMLElement>(BUTTONS)], 2);
    if (best) return best;
  }
  return undefined;
}

function strongest(controls: HTMLElement[], atLeast = 1): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  let bestScore = atLeast - 1;
  for (const control of controls) {
    const score = sendEvidence(control);
    if (score > bestScore) [best, bestScore] = [control, score];
  }
  return best;
}

/** The composer a send control sends: in its form, around it, or the one message body on the page. */
function composerNear(control: HTMLElement): HTMLElement | undefined {
  const form = formOf(control);
  const scopes: ParentNode[] = [...(form ? [form] : []), ...neighbourhood(control), control.ownerDocument];
  for (const scope of scopes) {
    // A message body wins over one-line fields, and never a subject or recipients field (some
    // mail pages keep the recipients in a textarea of their own).
    const candidates = composersIn(scope).filter((candidate) => !isMailField(candidate));
    const composer = candidates.find((candidate) => !isOneLine(candidate)) ?? candidates[0];
    if (composer) return composer;
  }
  return undefined;
}

/** A subject field, by its name, id, label or placeholder. */
function isSubjectField(field: HTMLElement): boolean {
  return [attr(field, 'name'), attr(field, 'id'), attr(field, 'aria-label'), attr(field, 'placeholder')].some((text) => SUBJECT.test(text));
}

/** A subject or recipients field, by its name, id, label or placeholder. */
function isMailField(field: HTMLElement): boolean {
  if (isSubjectField(field)) return true;
  const names = [attr(field, 'name'), attr(field, 'id')];
  const labels = [attr(field, 'aria-label'), attr(field, 'placeholder')];
  return names.some((name) => RECIPIENT_NAME.test(name)) || labels.some((label) => RECIPIENT_LABEL.test(label));
}

/** Whether the page says Ctrl/Cmd+Enter sends from this composer (on its send control, or the composer's own shortcuts). */
function announcesModEnter(composer: HTMLElement, control: HTMLElement | undefined): boolean {
  const said = [attr(composer, 'aria-keyshortcuts'), control ? labelOf(control) : '', control ? attr(control, 'aria-keyshortcuts') : ''].join(' ');
  return MOD_ENTER.test(said.replace(BIDI_MARKS, ''));
}

/**
 * Which key sends. Mail: Enter is a newline, the Send control sends, and Ctrl/Cmd+Enter too where
 * the page says so (many webmails ignore it). Chat: Enter sends in an editable region, a one-line
 * field, or a text box whose control says "Send"; Ctrl/Cmd+Enter too only where the page says so.
 * A comment or post form's text box keeps Enter for new lines.
 */
export function genericSendKey(composer: HTMLElement): SendKey {
  const control = findSendControl(composer);
  const modEnter = announcesModEnter(composer, control);
  if (isMailComposer(composer)) return modEnter ? 'mod-enter' : 'button-only';
  const hint = attr(composer, 'enterkeyhint').toLowerCase();
  if (hint === 'enter') return modEnter ? 'mod-enter' : 'button-only';
  const chat = hint === 'send' || isOneLine(composer) || composer.isContentEditable || !control || sendEvidence(control) >= 2;
  if (!chat) return modEnter ? 'mod-enter' : 'button-only';
  return modEnter ? 'enter' : 'plain-enter';
}

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  findComposer(path) {
    const field = composerFromPath(path);
    // A search box, a read-only or hidden field is not a composer, nor a text box that nothing
    // sends (a note, a bio, a settings field): Enter there is only ever a new line.
    if (field) return isWritingField(field) && !isUnsentTextBox(field) ? field : undefined;
    const form = path.find((target) => isElement(target) && target.tagName === 'FORM') as HTMLFormElement | undefined;
    return form ? composerNear(form) : undefined;
  },
  readDraft: readPlainText,
  findSendControl,
  composerForSendControl(path) {
    const control = path.find((target): target is HTMLElement => isElement(target) && target.matches(BUTTONS));
    if (!control || sendEvidence(control) === 0) return undefined;
    const composer = composerNear(control);
    return composer && findSendControl(composer) === control ? composer : undefined;
  },
  sendKey: genericSendKey,
  isSuggestionOpen: isAutocompleteOpen,
  threadId: () => undefined,
  readSubject: (composer) =>
    isMailComposer(composer) ? subjectNear(composer, (field) => isTextField(field) && isShown(field) && isSubjectField(field)) : undefined,
};
