import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { storedRecords } from './helpers';
import { COLOR_SCHEMES, expectAccessible, storedSettings } from './options-support';

const RECORDS = 20_000;

/** Fills the journal through the background, as Steady's pages do: 1,000 records a message, over two years. */
async function seedJournal(page: Page, count: number): Promise<void> {
  await page.evaluate(async (count) => {
    const start = Date.UTC(2024, 0, 1);
    const span = 2 * 365 * 86_400_000;
    for (let first = 0; first < count; first += 1000) {
      const records = Array.from({ length: Math.min(1000, count - first) }, (_, offset) => {
        const n = first + offset;
        const at = start + Math.floor((n * span) / count);
        if (n % 3 === 0) return { type: 'moment', id: `m${n}`, at, kind: 'felt-understood', note: `Moment ${n}, "quoted"` };
        if (n % 3 === 1) return { type: 'grounding', id: `g${n}`, at, exercise: 'breathing-box', durationMs: 60_000, completed: true };
        return { type: 'rupture', id: `r${n}`, at, promptAt: at + 86_400_000 };
      });
      const reply = await chrome.runtime.sendMessage({ name: 'page:put-records', data: { records } });
      if (!reply?.ok) throw new Error(`seeding failed: ${reply?.error}`);
    }
  }, count);
}

const sortedRecords = async (page: Page) => (await storedRecords(page)).sort((a, b) => a.id.localeCompare(b.id));

async function exportFile(options: Page): Promise<string> {
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export everything (JSON)' }).click();
  const path = await (await download).path();
  return readFile(path, 'utf8');
}

async function importFile(options: Page, json: string): Promise<void> {
  await options.getByLabel('Import a Steady export').setInputFiles({ name: 'steady-export.json', mimeType: 'application/json', buffer: Buffer.from(json) });
}

/** The preview shown before anything is written. */
const preview = (options: Page) => options.getByRole('group', { name: 'Before importing' });

test('export, delete everything, import: 20,000 records come back exactly, and a second import adds nothing', async ({ openExtensionPage }) => {
  // Seeding, exporting, deleting and importing 20,000 records twice (each import read for its
  // preview, then staged and put in place) takes minutes on a busy two-core machine.
  test.setTimeout(300_000);
  const options = await openExtensionPage('options');
  const data = options.getByRole('region', { name: 'Your data' });
  await options.getByRole('radio', { name: '12 months' }).check();
  await seedJournal(options, RECORDS);
  const records = await sortedRecords(options);
  expect(records).toHaveLength(RECORDS);
  const settings = await storedSettings(options);

  const json = await exportFile(options);
  expect(JSON.parse(json)).toMatchObject({ format: 'steady-export', version: 1 });

  await data.getByRole('button', { name: 'Delete everything…' }).click();
  await data.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(data.getByRole('status')).toHaveText('Everything is deleted. Steady is back to a fresh start.');
  const left = await options.evaluate(async () => ({
    local: Object.keys(await chrome.storage.local.get(null)),
    alarms: (await chrome.alarms.getAll()).map((alarm) => alarm.name),
  }));
  expect(left).toEqual({ local: [], alarms: [] });
  await expect(options.getByRole('radio', { name: 'Keep everything' })).toBeChecked();

  await importFile(options, json);
  await expect(preview(options)).toContainText('This file adds 6,667 moments, 6,667 grounding sessions, 6,666 ruptures.', { timeout: 30_000 });
  await preview(options).getByRole('button', { name: 'Import' }).click();
  // An import is staged, committed and put in place in one step, so its data crosses storage more than once.
  await expect(data.getByRole('status')).toHaveText('Imported 20,000 new entries.', { timeout: 60_000 });
  expect(await sortedRecords(options)).toEqual(records);
  expect(await storedSettings(options)).toEqual(settings);
  await expect(options.getByRole('radio', { name: '12 months' })).toBeChecked();

  await importFile(options, json);
  await expect(preview(options)).toContainText('This file adds nothing new.20,000 were already here.', { timeout: 20_000 });
  await preview(options).getByRole('button', { name: 'Import' }).click();
  await expect(data.getByRole('status')).toHaveText('Imported 0 new entries. 20,000 were already here.', { timeout: 20_000 });
  expect(await storedRecords(options)).toHaveLength(RECORDS);
});

test('a file that is no Steady export is refused with the reason, and nothing changes', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options');
  const data = options.getByRole('region', { name: 'Your data' });
  await seedJournal(options, 10);
  const json = await exportFile(options);
  const before = await options.evaluate(() => chrome.storage.local.get(null));

  await importFile(options, json.slice(0, json.length / 2));
  await expect(data.getByRole('alert')).toHaveText('Nothing was imported, and nothing changed. The file is not valid JSON.');
  await importFile(options, 'type,id,at,site\nmoment,m1,2026-11-20T13:00:00+01:00,');
  await expect(data.getByRole('alert')).toContainText(
    'This is the spreadsheet (CSV) export, which is for reading, not for bringing back: import the JSON export instead.',
  );
  await importFile(options, json.replace('"version":1', '"version":7'));
  await expect(data.getByRole('alert')).toContainText('This export has version 7');
  await importFile(options, json.replace('"format":"steady-export"', '"format":"another-app"'));
  await expect(data.getByRole('alert')).toContainText('This is not a Steady export.');
  await importFile(options, json.replace('"type":"moment"', '"__proto__":{"polluted":true},"type":"moment"'));
  await expect(data.getByRole('alert')).toContainText('a key that is not allowed ("__proto__")');
  await importFile(options, json.replace('"type":"moment"', '"constructor":{"polluted":true},"type":"moment"'));
  await expect(data.getByRole('alert')).toContainText('a key that is not allowed ("constructor")');
  const file = JSON.parse(json);
  file.records = 'all of them';
  await importFile(options, JSON.stringify(file));
  await expect(data.getByRole('alert')).toContainText('This Steady export is missing its list of entries.');
  await expect(preview(options)).toHaveCount(0);
  expect(await options.evaluate(() => chrome.storage.local.get(null))).toEqual(before);
});

test('a file with bad entries is previewed in plain words; cancel writes nothing, Import keeps the rest', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options');
  const data = options.getByRole('region', { name: 'Your data' });
  await seedJournal(options, 10);
  const file = JSON.parse(await exportFile(options));
  await options.evaluate(() => chrome.runtime.sendMessage({ name: 'page:delete-all', data: {} }));
  file.records[0].at = 'yesterday';
  file.records.push({ ...file.records[3] });
  file.settings.theme = 42;
  const before = await options.evaluate(() => chrome.storage.local.get(null));

  await importFile(options, JSON.stringify(file));
  await expect(preview(options)).toContainText('This file adds 3 moments, 3 grounding sessions, 3 ruptures.');
  await expect(preview(options)).toContainText(
    "3 entries can't be read and will be left out: entry 1 (a moment); entry 11 (a moment); the settings (yours stay as they are).",
  );
  await expect(preview(options)).not.toContainText(/records\.|invalid|too_big/);
  for (const scheme of COLOR_SCHEMES) await expectAccessible(options, scheme);
  await preview(options).getByRole('button', { name: 'Cancel' }).click();
  await expect(data.getByRole('status')).toHaveText('Nothing was imported.');
  expect(await options.evaluate(() => chrome.storage.local.get(null))).toEqual(before);

  await importFile(options, JSON.stringify(file));
  await preview(options).getByRole('button', { name: 'Import' }).click();
  await expect(data.getByRole('status')).toHaveText("Imported 9 new entries. 3 entries that couldn't be read were left out.");
  expect(await storedRecords(options)).toHaveLength(9);
});

test('the page shows how much Steady stores, and the records export as CSV', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options');
  await seedJournal(options, 30);
  await options.reload();
  await expect(options.getByText(/^Steady is using \d[\d.,]* (bytes?|kB|MB)/)).toBeVisible();
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export records (CSV)' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  const lines = csv.split('\n');
  expect(lines[0]).toMatch(/^type,id,at,/);
  expect(lines).toHaveLength(31);
  expect((await download).suggestedFilename()).toMatch(/^steady-export-\d{4}-\d{2}-\d{2}\.csv$/);
});
