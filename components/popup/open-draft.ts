import { signal } from '@preact/signals';
import { go } from './views';

/** The saved draft a reminder led to: the Drafts view shows it first and moves focus to it. */
export const draftToOpen = signal<string | undefined>(new URLSearchParams(location.search).get('draft') ?? undefined);

export function openDraft(id: string): void {
  draftToOpen.value = id;
  go('drafts');
}
