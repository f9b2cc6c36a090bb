import { browser } from 'wxt/browser';
import type { StorageWrite } from './quarantine';

/**
 * An import lands whole or not at all. Its final values are first staged under their own keys,
 * in chunks; one write of the commit marker then makes the import happen; and one more write
 * puts every staged value in place. Stopped before the marker, storage keeps the old data (the
 * stage is dropped when the worker starts again); stopped after it, the worker finishes putting
 * the staged values in place when it starts again. Readers see the old data or the new, never a mix.
 */
const STAGE_PREFIX = 'importStage:';
const COMMIT_KEY = 'importCommit';
/** How many stored keys one staged chunk holds: one month of records can be large. */
const KEYS_PER_CHUNK = 12;

/** The storage.local key a write is for (`local:journal` → `journal`). */
function areaKey(write: StorageWrite): string {
  const key = 'key' in write ? write.key : write.item.key;
  if (!key.startsWith('local:')) throw new Error('an import writes local storage only');
  return key.slice('local:'.length);
}

async function stageKeys(): Promise<string[]> {
  return Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(STAGE_PREFIX));
}

const chunkKeys = (chunks: number) => Array.from({ length: chunks }, (_, chunk) => `${STAGE_PREFIX}${chunk}`);

/** Puts the committed values in place in one write, then drops the stage and its marker. */
async function apply(values: Record<string, unknown>, chunks: number): Promise<void> {
  await browser.storage.local.set(values);
  await browser.storage.local.remove([...chunkKeys(chunks), COMMIT_KEY]);
}

/** Stages, commits and applies the writes of an import. Only for a task already running in the write queue. */
export async function commitStaged(writes: StorageWrite[]): Promise<void> {
  const leftover = await stageKeys();
  if (leftover.length > 0) await browser.storage.local.remove(leftover);
  const entries = writes.map((write) => [areaKey(write), write.value] as const);
  let chunks = 0;
  for (let start = 0; start < entries.length; start += KEYS_PER_CHUNK, chunks++) {
    await browser.storage.local.set({ [`${STAGE_PREFIX}${chunks}`]: Object.fromEntries(entries.slice(start, start + KEYS_PER_CHUNK)) });
  }
  await browser.storage.local.set({ [COMMIT_KEY]: { chunks } });
  // The values are still in memory: no need to read the stage back.
  await apply(Object.fromEntries(entries), chunks);
}

/**
 * When the worker starts, before any other write: an import stopped after its commit marker is
 * finished; a stage left without one is dropped. Only for a task already running in the write queue.
 */
export async function finishStagedImport(): Promise<'finished' | 'dropped' | 'none'> {
  const marker = (await browser.storage.local.get(COMMIT_KEY))[COMMIT_KEY] as { chunks?: unknown } | undefined;
  if (marker && typeof marker.chunks === 'number') {
    const keys = chunkKeys(marker.chunks);
    const staged = await browser.storage.local.get(keys);
    if (keys.some((key) => !staged[key])) throw new Error('the staged import is incomplete');
    await apply(Object.assign({}, ...keys.map((key) => staged[key])), marker.chunks);
    return 'finished';
  }
  const leftover = [...(await stageKeys()), ...(marker ? [COMMIT_KEY] : [])];
  if (leftover.length === 0) return 'none';
  await browser.storage.local.remove(leftover);
  return 'dropped';
}
