import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importAll } from '@/utils/handlers/import';
import { finishStagedImport } from '@/utils/storage/import-stage';
import { enqueueWrite } from '@/utils/storage/writer';
import { DEFAULT_SETTINGS, EXPORT_FORMAT, EXPORT_VERSION, readAll, readDrafts, readSettings, type ExportFile, type MicroMoment } from '@/utils/storage';

const NOW = Date.UTC(2026, 11, 1);
const moment = (id: string, at: number): MicroMoment => ({ type: 'moment', id, at, kind: 'felt-understood' });

/** What this browser holds before the import: some records, a draft, and settings with device-only choices. */
const OLD = {
  journal: ['2026-10'],
  'journal:2026-10': { here1: moment('here1', Date.UTC(2026, 9, 2)), here2: moment('here2', Date.UTC(2026, 9, 3)), broken: { id: 'broken' } },
  'journal:2026-10$': { v: 2 },
  drafts: [{ id: 'd-here', at: NOW - 1000, site: 'slack', text: 'mine', expiresAt: NOW + 86_400_000 }],
  settings: { ...DEFAULT_SETTINGS, addedSites: ['https://chat.example.org'], onboarded: true, syncSettings: true, theme: 'light' },
};

/** An export from another browser: 3,000 records over a year, a draft, and its own settings. */
function exportFile(): string {
  const records = Array.from({ length: 3000 }, (_, n) => moment(`imported${n}`, Date.UTC(2026, n % 12, 1 + (n % 27))));
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: NOW,
    settings: { ...DEFAULT_SETTINGS, addedSites: ['https://elsewhere.example'], onboarded: false, syncSettings: false, theme: 'dark', pauseMode: 'always' },
    records,
    drafts: [{ id: 'd-imported', at: NOW - 500, site: 'gmail', text: 'theirs', expiresAt: NOW + 86_400_000 }],
  };
  return JSON.stringify(file);
}

/** The data a person sees (everything but the import's own staging keys). */
async function liveData(): Promise<string> {
  const all = await fakeBrowser.storage.local.get(null);
  const live = Object.fromEntries(Object.entries(all).filter(([key]) => !key.startsWith('importStage:') && key !== 'importCommit'));
  return JSON.stringify(Object.fromEntries(Object.entries(live).sort(([a], [b]) => a.localeCompare(b))));
}

/** Makes the `stop`th storage write or removal fail, as if the worker were stopped right there; returns the count so far. */
function stopAt(stop: number): () => number {
  let calls = 0;
  const area = fakeBrowser.storage.local;
  const set = area.set.bind(area);
  const remove = area.remove.bind(area);
  const fail = () => {
    if (++calls === stop) throw new Error('worker stopped');
  };
  vi.spyOn(area, 'set').mockImplementation(async (items) => (fail(), set(items)));
  vi.spyOn(area, 'remove').mockImplementation(async (keys) => (fail(), remove(keys)));
  return () => calls;
}

afterEach(() => vi.useRealTimers());

describe('an import', () => {
  it('keeps this browser’s own choices: added sites, the tour, the sync switch', async () => {
    await fakeBrowser.storage.local.set(structuredClone(OLD));
    expect(await importAll({ json: exportFile() })).toEqual({ added: 3001, skipped: 0, unreadable: 0 });
    const settings = await readSettings();
    expect(settings).toMatchObject({ addedSites: ['https://chat.example.org'], onboarded: true, syncSettings: true, theme: 'dark', pauseMode: 'always' });
    expect((await readAll()).length).toBe(3002);
    expect((await readDrafts(NOW)).map((draft) => draft.id).sort()).toEqual(['d-here', 'd-imported']);
  });

  it('stopped at any write leaves the old data or the new, never a mix, and the worker’s next start finishes or drops it', async () => {
    // Set-aside values are stamped with the time: the same time in every run, so runs compare.
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const json = exportFile();
    await fakeBrowser.storage.local.set(structuredClone(OLD));
    const oldData = await liveData();
    const count = stopAt(0);
    await importAll({ json });
    const writes = count();
    vi.restoreAllMocks();
    const newData = await liveData();
    expect(newData).not.toBe(oldData);

    const seen = { old: 0, new: 0, mixed: 0 };
    const afterRestart = { old: 0, new: 0, mixed: 0 };
    for (let stop = 1; stop <= writes; stop++) {
      fakeBrowser.reset();
      await fakeBrowser.storage.local.set(structuredClone(OLD));
      stopAt(stop);
      await importAll({ json }).catch(() => undefined);
      vi.restoreAllMocks();
      const stopped = await liveData();
      seen[stopped === oldData ? 'old' : stopped === newData ? 'new' : 'mixed']++;
      // The worker starts again: its first task finishes a committed import or drops a stage.
      await enqueueWrite(finishStagedImport);
      const restarted = await liveData();
      afterRestart[restarted === oldData ? 'old' : restarted === newData ? 'new' : 'mixed']++;
      const leftovers = Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('importStage') || key === 'importCommit');
      expect(leftovers, `stopped at write ${stop}`).toEqual([]);
    }
    console.log(
      `import of 3,001 entries stopped at each of ${writes} writes: as stopped ${seen.old} old, ${seen.new} new, ${seen.mixed} mixed; ` +
        `after the worker restarts ${afterRestart.old} old, ${afterRestart.new} new, ${afterRestart.mixed} mixed`,
    );
    expect(seen.mixed + afterRestart.mixed).toBe(0);
    expect(afterRestart.new).toBeGreaterThan(0);
    expect(afterRestart.old).toBeGreaterThan(0);
  });
});
