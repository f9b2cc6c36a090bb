import { readdir, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { withinBudget, type BenchRow, type BenchSuite } from './types';

/** Runs every suite in bench/suites (or those named on the command line) and prints one table. */
const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(join(here, 'suites'))).filter((file) => file.endsWith('.ts') && (wanted.length === 0 || wanted.some((name) => file.startsWith(name))));

const rows: BenchRow[] = [];
for (const file of files.sort()) {
  const suite = (await import(pathToFileURL(join(here, 'suites', file)).href)).default as BenchSuite;
  console.error(`running ${file}…`);
  rows.push(...(await suite()));
}

const format = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3));
const table = rows.map((row) => {
  const ok = withinBudget(row);
  const budget = row.budget ? [row.budget.max !== undefined ? `≤ ${row.budget.max}` : '', row.budget.min !== undefined ? `≥ ${row.budget.min}` : ''].join(' ').trim() : '';
  return {
    suite: row.suite,
    figure: row.name,
    value: `${format(row.value)} ${row.unit}`,
    budget,
    status: ok === undefined ? '' : ok ? 'ok' : 'OVER',
    compare: row.compare ?? '',
  };
});
const headers = ['suite', 'figure', 'value', 'budget', 'status', 'compare'] as const;
const widths = headers.map((header) => Math.max(header.length, ...table.map((line) => line[header].length)));
const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
console.log(line([...headers]));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const entry of table) console.log(line(headers.map((header) => entry[header])));

await mkdir(join(here, 'results'), { recursive: true });
const json = JSON.stringify({ at: new Date().toISOString(), rows }, null, 2);
await writeFile(join(here, 'results', 'latest.json'), json);
