import { signal } from '@preact/signals';
import { onViewChange, view, type View } from './views';

/** Where on a view a status line sits: next to the control whose action it reports. */
export type StatusPlace = 'top' | 'quick-log' | 'prompts' | 'grounding' | 'rupture';
export type Status = {
  message: string;
  /** The view it belongs to; leaving that view clears it (see `views.go`). */
  view: View;
  place: StatusPlace;
  undo?: () => Promise<void>;
  /** Move focus to the line (its Undo, if any): the control that acted has gone. */
  focus?: boolean;
};

export const status = signal<Status>({ message: '', view: 'home', place: 'top' });

export function announce(message: string, options: Partial<Omit<Status, 'message'>> = {}): void {
  status.value = { view: view.value, place: 'top', ...options, message };
}

export function clearStatus(): void {
  status.value = { message: '', view: view.value, place: 'top' };
}

// A status belongs to one view: opening another clears it, unless it was left for the view being opened.
onViewChange((next) => {
  if (status.value.message && status.value.view !== next) status.value = { message: '', view: next, place: 'top' };
});
