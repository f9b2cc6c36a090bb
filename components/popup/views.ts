import { signal } from '@preact/signals';

export const VIEWS = ['home', 'history', 'summary', 'drafts', 'breathe', 'senses', 'feeling', 'defences'] as const;
export type View = (typeof VIEWS)[number];

const fromHash = (): View => {
  const wanted = location.hash.slice(1);
  return (VIEWS as readonly string[]).includes(wanted) ? (wanted as View) : 'home';
};

/** The popup's current view, kept in the address (`popup.html#summary`) so a notification can open one. */
export const view = signal<View>(fromHash());

/** Subscribers told of every change of view (the status line clears itself on one). */
const listeners = new Set<(next: View) => void>();
export function onViewChange(listener: (next: View) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function show(next: View): void {
  if (view.value === next) return;
  for (const listener of listeners) listener(next);
  view.value = next;
}

export function go(next: View): void {
  show(next);
  history.replaceState(null, '', next === 'home' ? location.pathname : `#${next}`);
}

export function followHash(): () => void {
  const update = () => show(fromHash());
  addEventListener('hashchange', update);
  return () => removeEventListener('hashchange', update);
}
