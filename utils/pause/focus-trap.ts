const FOCUSABLE = 'button:not([disabled]), select, input, textarea, summary, [href]';

/** Keeps Tab and Shift+Tab cycling inside a modal view in a shadow root. */
export function trapTab(root: ShadowRoot, event: KeyboardEvent): void {
  const focusable = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = root.activeElement;
  const outside = !active || !focusable.includes(active as HTMLElement);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || (outside && active?.getAttribute('role') !== 'dialog'))) {
    event.preventDefault();
    first.focus();
  }
}
