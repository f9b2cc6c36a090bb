import { signal } from '@preact/signals';

export const VIEWS = ['home', 'history', 'summary', 'drafts', 'breathe', 'senses', 'feeling', 'defences'] as const;
export type View = (typeof VIEWS)[number];

const fromHash = (): View => {
  const wanted = location.hash.slice(1);
  return (VIEWS as readonly string[]).includes(wanted) ? (wanted as View) : 'home';
};

/** The popup's current view, kept in the address (`popup.html#summary`) so a notification can open one. */
export const view = signal<View>(fromHash());

export function go(next: View): void {
  view.value = next;
  history.replaceState(null, '', next === 'home' ? location.pathname : `#${next}`);
}

export function followHash(): () => void {
  const update = () => (view.value = fromHash());
  addEventListener('hashchange', update);
  return () => removeEventListener('hashchange', update);
}
