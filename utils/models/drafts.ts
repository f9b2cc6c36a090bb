import { signal } from '@preact/signals';
import { draftsItem, readDrafts, type SavedDraft } from '../storage';

/** Saved drafts that have not expired, newest first, following storage live. */
export function createDraftsModel(now: () => number = Date.now) {
  const drafts = signal<SavedDraft[]>([]);
  const load = async () => {
    drafts.value = await readDrafts(now());
  };
  function start(): () => void {
    void load();
    return draftsItem.watch(() => void load());
  }
  return { drafts, load, start };
}
