import type { SiteAdapter } from '../sites/types';
import { isTextField, readPlainText } from '../sites/dom';

/**
 * Empties a composer whose words were just saved for later, through the same paths a person's
 * own select-all and delete take, so the site's editor (React, Lexical, ProseMirror…) keeps its state in step.
 * Only when the composer holds exactly the saved words and nothing else (no quoted reply, no
 * signature, nothing typed since): otherwise it is left as it is. Returns whether it is empty now.
 */
export async function clearSavedWords(site: SiteAdapter, composer: HTMLElement, saved: string): Promise<boolean> {
  const holdsOnlySaved = () => composer.isConnected && site.readDraft(composer) === saved && readPlainText(composer) === saved;
  try {
    if (!holdsOnlySaved()) return false;
    if (isTextField(composer)) emptyField(composer);
    else {
      await selectAll(composer);
      // The person may have typed while the editor caught up.
      if (!holdsOnlySaved()) return false;
      deleteSelection(composer);
    }
    return site.readDraft(composer) === '';
  } catch {
    // A page that refuses (frozen built-ins, an editor that throws) keeps the words; they are saved anyway.
    return false;
  }
}

/** Sets a text field's value the way typing does: the native setter (frameworks watch it), then an input event. */
function emptyField(field: HTMLTextAreaElement | HTMLInputElement): void {
  const view = field.ownerDocument.defaultView ?? window;
  const prototype = field.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setValue) setValue.call(field, '');
  else field.value = '';
  field.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
}

/** The longest an editor is given to take in a new selection. */
const SELECTION_SETTLES_MS = 100;

/**
 * Selects everything in an editable region, and waits until the page has heard of it: editors
 * such as Lexical and CKEditor keep their own selection, updated from `selectionchange`, which
 * comes a task later, and would otherwise delete from where the caret was.
 */
function selectAll(editor: HTMLElement): Promise<void> {
  const doc = editor.ownerDocument;
  editor.focus({ preventScroll: true });
  const range = doc.createRange();
  range.selectNodeContents(editor);
  const selection = doc.getSelection();
  const settled = new Promise<void>((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      // One more task, so the editor's own selectionchange listener has run too.
      setTimeout(resolve, 0);
    };
    doc.addEventListener('selectionchange', done);
    setTimeout(done, SELECTION_SETTLES_MS);
  });
  selection?.removeAllRanges();
  selection?.addRange(range);
  return settled;
}

/**
 * Deletes the selection as a person's Backspace would, through the first channel the editor claims:
 * - `beforeinput`, which editors with their own model take the edit from (Lexical, CKEditor, Slate);
 * - the Backspace key itself, which editors bound to keys handle (Draft.js, ProseMirror, Quill), and
 *   whose DOM must not change under them, or their next render fails and typing stops working;
 * - otherwise the browser's own edit, right for a plain editable region, which `execCommand` makes
 *   (it fires no `beforeinput` and no key of its own, so nothing is deleted twice).
 */
function deleteSelection(editor: HTMLElement): void {
  const view = editor.ownerDocument.defaultView ?? window;
  const asked = new view.InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true, composed: true });
  editor.dispatchEvent(asked);
  if (asked.defaultPrevented) return;
  // keyCode and which too: key-bound editors still read them.
  const key = { key: 'Backspace', code: 'Backspace', keyCode: 8, which: 8, bubbles: true, cancelable: true, composed: true };
  const pressed = new view.KeyboardEvent('keydown', key);
  editor.dispatchEvent(pressed);
  editor.dispatchEvent(new view.KeyboardEvent('keyup', key));
  if (!pressed.defaultPrevented) editor.ownerDocument.execCommand('delete');
}
