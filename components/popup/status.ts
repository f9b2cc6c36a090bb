import { signal } from '@preact/signals';

/** What the popup's one status line says, and an undo for the action it reports, if any. */
export const status = signal<{ message: string; undo?: () => Promise<void> }>({ message: '' });

export function announce(message: string, undo?: () => Promise<void>): void {
  status.value = { message, undo };
}
