import { isTextField } from '../sites/dom';

/** Where the caret was when a send was held, so Keep editing puts it back. */
export type SavedSelection = { start: number | null; end: number | null } | Range | undefined;

export function saveSelection(composer: HTMLElement): SavedSelection {
  if (isTextField(composer)) return { start: composer.selectionStart, end: composer.selectionEnd };
  const selection = composer.ownerDocument.defaultView?.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  return composer.contains(range.commonAncestorContainer) ? range.cloneRange() : undefined;
}

/** Focuses the composer again with its caret (or selection) where it was. */
export function restoreFocus(composer: HTMLElement, saved: SavedSelection): void {
  if (!composer.isConnected) return;
  composer.focus({ preventScroll: true });
  if (!saved) return;
  if (isTextField(composer)) {
    if ('start' in saved && saved.start !== null) composer.setSelectionRange(saved.start, saved.end ?? saved.start);
    return;
  }
  const selection = composer.ownerDocument.defaultView?.getSelection();
  if (selection && !('start' in saved) && composer.contains(saved.commonAncestorContainer)) {
    selection.removeAllRanges();
    selection.addRange(saved);
  }
}
