import { signal } from '@preact/signals';
import { sendMessage } from '@/utils/messaging';
import { readSettings, watchSettings, type Settings } from '@/utils/storage';

/** The settings as the page shows them; undefined until first read. */
export const settings = signal<Settings | undefined>(undefined);

/** Changes made on this page that are not written yet, oldest first. */
const unsaved: Array<Partial<Settings>> = [];

/** Shows what is stored with this page's unsaved changes on top, so no control flips back mid-write. */
function show(stored: Settings): void {
  settings.value = Object.assign({}, stored, ...unsaved) as Settings;
}

/** Reads the settings and follows every later change, from this page or elsewhere. */
export function followSettings(): () => void {
  void readSettings().then(show);
  return watchSettings(show);
}

let pending: Promise<unknown> = Promise.resolve();

/**
 * Saves a change at once, through the background worker (the only writer). Changes queue so
 * quick edits never overwrite each other; a refused change is dropped and the page shows what is stored.
 */
export function saveSettings(patch: Partial<Settings>): Promise<void> {
  unsaved.push(patch);
  if (settings.value) show(settings.value);
  const saved = pending.then(async () => {
    try {
      await sendMessage('page:update-settings', { patch });
    } finally {
      unsaved.splice(unsaved.indexOf(patch), 1);
      show(await readSettings());
    }
  });
  pending = saved.catch(() => undefined);
  return saved;
}
