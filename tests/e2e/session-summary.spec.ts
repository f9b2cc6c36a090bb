import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { importRecords } from './helpers';
import { COLOR_SCHEMES, expectAccessible } from './options-support';
import { spanish, spanishI18n } from './spanish';

const HOUR = 3_600_000;
const NOTE = 'Told Sam how I felt about Sunday and we were okay';

/** The printed summary's text, page by page, as poppler reads it back from the PDF. */
function pdfPages(file: string): string[] {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.replaceAll(/\s+/g, ' '));
}

test('the session summary prints exactly the ticked sections, a page each, with notes only when asked for', async ({ context, openExtensionPage }) => {
  const popup = await openExtensionPage('popup');
  const now = Date.now();
  const records = [
    { type: 'moment', id: 'm1', at: now - 30 * HOUR, kind: 'felt-understood', note: NOTE },
    { type: 'moment', id: 'm2', at: now - 2 * HOUR, kind: 'asked-for-help' },
    {
      type: 'pause',
      id: 'p1',
      at: now - 5 * HOUR,
      site: 'whatsapp',
      trigger: 'flagged',
      patterns: ['testing'],
      score: 0.8,
      outcome: 'kept-editing',
      durationMs: 5000,
    },
    {
      type: 'pause',
      id: 'p2',
      at: now - 4 * HOUR,
      site: 'whatsapp',
      trigger: 'flagged',
      patterns: ['testing', 'withdrawal'],
      score: 0.8,
      outcome: 'sent-anyway',
      durationMs: 5000,
    },
    { type: 'grounding', id: 'g1', at: now - 3 * HOUR, exercise: 'breathing-box', durationMs: 4 * 60_000, completed: true, before: 2, after: 4 },
    // Outside the period: never printed.
    { type: 'moment', id: 'old', at: now - 60 * 24 * HOUR, kind: 'felt-understood', note: 'an old note' },
  ];
  await importRecords(popup, records);

  const page = await openExtensionPage('session');
  await expect(page.getByRole('heading', { level: 1, name: 'A summary to bring to a session' })).toBeVisible();
  const include = page.getByRole('group', { name: 'Include' });
  await expect(include.getByRole('checkbox', { name: 'Notes I wrote' })).not.toBeChecked();
  await include.getByRole('checkbox', { name: 'Patterns' }).uncheck();
  await include.getByRole('checkbox', { name: 'Ruptures and repairs' }).uncheck();
  await expect(page.getByRole('article')).toContainText('Moments logged');
  for (const colorScheme of COLOR_SCHEMES) await expectAccessible(page, colorScheme);
  await page.emulateMedia({ colorScheme: 'light' });

  const print = async (name: string) => {
    const file = test.info().outputPath(`${name}.pdf`);
    await page.pdf({ path: file, format: 'A4' });
    // The printed pages as pictures, for anyone reviewing the layout.
    execFileSync('pdftoppm', ['-png', '-r', '50', file, test.info().outputPath(name)]);
    return pdfPages(file);
  };

  const pages = await print('summary');
  const text = pages.join('\n');
  console.log(`session summary: ${pages.length} pages, ${readdirSync(test.info().outputDir).filter((file) => file.endsWith('.png')).length} page images`);
  // A cover, then moments, pauses and grounding: one page each.
  expect(pages).toHaveLength(4);
  expect(pages[0]).toContain('My Steady summary');
  expect(pages[0]).not.toContain('Include');
  expect(pages[1]).toContain('Moments logged');
  expect(pages[1]).toContain('Felt understood: 1');
  expect(pages[2]).toContain('Pauses and choices');
  expect(pages[2]).toContain('Pauses where I waited or kept editing');
  expect(pages[3]).toContain('Grounding');
  expect(pages[3]).toContain('2 → 4 of 5');
  for (const left of ['Patterns', 'Ruptures and repairs', 'Notes I wrote', NOTE, 'an old note', 'Print or save as PDF']) expect(text).not.toContain(left);

  await include.getByRole('checkbox', { name: 'Notes I wrote' }).check();
  const withNotes = await print('summary-with-notes');
  expect(withNotes).toHaveLength(5);
  expect(withNotes[4]).toContain('Notes I wrote');
  expect(withNotes[4]).toContain(NOTE);
  expect(withNotes.join('\n')).not.toContain('an old note');

  // In Spanish too: the form and the document.
  await context.addInitScript(spanishI18n, spanish);
  const spanishPage = await openExtensionPage('session');
  await expect(spanishPage.getByRole('heading', { level: 1, name: 'Un resumen para llevar a una sesión' })).toBeVisible();
  await expect(spanishPage.getByRole('article')).toContainText('Momentos registrados');
  for (const colorScheme of COLOR_SCHEMES) await expectAccessible(spanishPage, colorScheme);
});
