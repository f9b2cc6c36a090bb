/**
 * DOM helpers every adapter shares. Events may come from editor iframes (another
 * realm), so nodes are recognised by `nodeType`/`tagName`, never `instanceof`.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Parts of an editor that show something other than the person's words. */
const NOT_DRAFT = '[data-slate-placeholder],[aria-hidden="true"],[contenteditable="false"],[class*="placeholder" i]';
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'UL', 'OL']);
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

export function isElement(target: unknown): target is HTMLElement {
  return typeof target === 'object' && target !== null && (target as Node).nodeType === ELEMENT_NODE;
}

/** A textarea or a one-line text input: fields whose draft is their `value`. */
export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element.tagName === 'TEXTAREA') return true;
  return element.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
}

/** The outermost editable element around `element` (editors nest contenteditable parts). */
export function editableRoot(element: HTMLElement): HTMLElement | undefined {
  if (!element.isContentEditable) return undefined;
  let root = element;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/** The first text field or editable region an event passed through. */
export function composerFromPath(path: readonly EventTarget[]): HTMLElement | undefined {
  for (const target of path) {
    if (!isElement(target)) continue;
    if (isTextField(target)) return target;
    if (target.isContentEditable) return editableRoot(target);
  }
  return undefined;
}

/** The draft a field or editable region holds, as plain text without placeholders or zero-width characters. */
export function readPlainText(composer: HTMLElement): string {
  const raw = isTextField(composer) ? composer.value : editableText(composer);
  return raw.replace(ZERO_WIDTH, '').replaceAll('\u00A0', ' ').trim();
}

function editableText(root: HTMLElement): string {
  let text = '';
  const breakLine = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        text += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as HTMLElement;
        if (element.matches(NOT_DRAFT)) continue;
        if (element.tagName === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCKS.has(element.tagName);
        if (block) breakLine();
        walk(element);
        if (block) breakLine();
      }
    }
  };
  walk(root);
  return text;
}

/** Whether a suggestion list (mention, emoji, autocomplete) is open on this composer. */
export function isAutocompleteOpen(composer: HTMLElement): boolean {
  const combobox = composer.closest('[role="combobox"]') ?? composer;
  return [composer, combobox].some((element) => element.getAttribute('aria-expanded') === 'true' || !!element.getAttribute('aria-activedescendant'));
}

/** The form a field belongs to, or the nearest enclosing one. */
export function formOf(element: HTMLElement): HTMLFormElement | undefined {
  const owner = isTextField(element) ? element.form : null;
  return owner ?? (element.closest('form') as HTMLFormElement | null) ?? undefined;
}

/** The element of the same-origin frame `node` lives in, if any. */
export function frameOf(node: HTMLElement): HTMLElement | undefined {
  try {
    return (node.ownerDocument.defaultView?.frameElement as HTMLElement | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The parent of `node`; for the root of an editor's same-origin frame, the parent of the frame's element. */
export function parentAcrossFrames(node: HTMLElement): HTMLElement | null {
  return node.parentElement ?? frameOf(node)?.parentElement ?? null;
}

/** How far up from a composer its mail's subject field is looked for. */
const SUBJECT_REACH = 16;
const SUBJECT_LENGTH = 1_000;

/**
 * The words of the subject field nearest a mail composer (out of an editor's frame into its
 * page, so each of several open compose windows finds its own), or undefined when it has none.
 * `isSubject` says which input is one (a site's reply may keep its subject in a hidden input).
 */
export function subjectNear(composer: HTMLElement, isSubject: (field: HTMLInputElement) => boolean): string | undefined {
  let level = 0;
  for (let scope = parentAcrossFrames(composer); scope && level < SUBJECT_REACH; scope = parentAcrossFrames(scope), level++) {
    const field = [...scope.querySelectorAll<HTMLInputElement>('input')].find(isSubject);
    if (field) return field.value.trim().slice(0, SUBJECT_LENGTH) || undefined;
  }
  return undefined;
}

type Visible = HTMLElement & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean };

/**
 * Whether a person can see this element: not hidden by the page (a mail editor keeps its
 * original textarea hidden behind the rich editor), and, inside a frame, the frame is shown too.
 */
export function isShown(element: HTMLElement): boolean {
  const visible = (node: Visible): boolean => {
    if (node.closest('[hidden], [aria-hidden="true"]')) return false;
    if (typeof node.checkVisibility === 'function') return node.checkVisibility({ visibilityProperty: true });
    const view = node.ownerDocument.defaultView;
    for (let at: HTMLElement | null = node; at; at = at.parentElement) {
      const style = view?.getComputedStyle(at);
      if (style?.display === 'none' || (at === node && style?.visibility === 'hidden')) return false;
    }
    return true;
  };
  if (!visible(element)) return false;
  try {
    const frame = element.ownerDocument.defaultView?.frameElement as HTMLElement | null | undefined;
    return !frame || visible(frame);
  } catch {
    return true;
  }
}
