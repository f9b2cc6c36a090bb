// Lets extension modules that read translations run under Node; first, before anything imports `wxt/browser`.
import '../scripts/english-i18n-shim';
import { readdir, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { execFileSync } from 'node:child_process';
import { chromiumPath } from '../tests/e2e/paths';
import { fmt, withinBudget, type BenchRow, type BenchSuite } from './types';

/**
 * Runs every suite in bench/suites, or those given with `--only <name>[,<name>]` (or bare
 * names), prints one table of figures beside their budgets, and writes it as JSON to
 * bench/results/latest.json and a dated copy.
 */
const ORDER = ['bundle', 'page-load', 'idle', 'send-path', 'reflection', 'storage', 'summary', 'popup', 'popup-start'];

function wantedSuites(argv: string[]): string[] {
  const names: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--only') names.push(...(argv[++index] ?? '').split(','));
    else if (arg.startsWith('--only=')) names.push(...arg.slice('--only='.length).split(','));
    else if (!arg.startsWith('-')) names.push(arg);
  }
  return names.map((name) => name.trim().replace(/\.ts$/, '')).filter(Boolean);
}

const here = dirname(fileURLToPath(import.meta.url));
const wanted = wantedSuites(process.argv.slice(2));
const available = (await readdir(join(here, 'suites'))).filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3));
const unknown = wanted.filter((name) => !available.some((suite) => suite.startsWith(name)));
if (unknown.length > 0) {
  console.error(`No suite named ${unknown.join(', ')}. Suites: ${available.join(', ')}.`);
  process.exit(2);
}
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
const suites = available
  // A full name picks that suite alone (`popup` is not also `popup-start`); otherwise a prefix.
  .filter((name) => wanted.length === 0 || wanted.some((prefix) => name === prefix || (!available.includes(prefix) && name.startsWith(prefix))))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

const loadBefore = loadavg();
const started = performance.now();
const rows: BenchRow[] = [];
const timings: Record<string, number> = {};
for (const name of suites) {
  const suite = (await import(pathToFileURL(join(here, 'suites', `${name}.ts`)).href)).default as BenchSuite;
  console.error(`running ${name}…`);
  const suiteStarted = performance.now();
  rows.push(...(await suite()));
  timings[name] = Math.round((performance.now() - suiteStarted) / 1000);
  console.error(`  ${name} took ${timings[name]} s`);
}
const seconds = Math.round((performance.now() - started) / 1000);

const budgetText = (row: BenchRow) => {
  if (!row.budget) return '';
  const on = row.budget.on === 'p95' ? 'p95 ' : '';
  const limits = [row.budget.max !== undefined ? `≤ ${row.budget.max}` : '', row.budget.min !== undefined ? `≥ ${row.budget.min}` : ''].filter(Boolean);
  return `${on}${limits.join(' ')} ${row.unit}`;
};
const table = rows.map((row) => {
  const ok = withinBudget(row);
  return {
    suite: row.suite,
    figure: row.name,
    median: `${fmt(row.median)} ${row.unit}`,
    p95: row.p95 === undefined ? '' : `${fmt(row.p95)} ${row.unit}`,
    n: row.runs === undefined ? '' : String(row.runs),
    budget: budgetText(row),
    status: ok === undefined ? '' : ok ? 'ok' : 'OVER',
    compare: row.compare ?? '',
  };
});
const headers = ['suite', 'figure', 'median', 'p95', 'n', 'budget', 'status', 'compare'] as const;
const widths = headers.map((header) => Math.max(header.length, ...table.map((line) => line[header].length)));
const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
console.log(line([...headers]));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const entry of table) console.log(line(headers.map((header) => entry[header])));

const budgeted = rows.filter((row) => row.budget);
const over = budgeted.filter((row) => !withinBudget(row));
const loadAfter = loadavg();
console.log('');
console.log(
  `${budgeted.length - over.length} of ${budgeted.length} budgets met${over.length ? `; over: ${over.map((row) => `${row.suite} / ${row.name}`).join('; ')}` : ''}.`,
);
console.log(`${cpus().length} cores, load average ${loadBefore[0].toFixed(1)} before and ${loadAfter[0].toFixed(1)} after; ${seconds} s in all.`);

let chromium = '';
try {
  chromium = execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  // Only for the record; the browser suites say so if Chromium is missing.
}
await mkdir(join(here, 'results'), { recursive: true });
const at = new Date().toISOString();
const json = JSON.stringify(
  {
    at,
    machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium, loadAverage: { before: loadBefore, after: loadAfter } },
    seconds,
    suiteSeconds: timings,
    rows: rows.map((row) => ({ ...row, ok: withinBudget(row) })),
  },
  null,
  2,
);
await writeFile(join(here, 'results', 'latest.json'), json);
await writeFile(join(here, 'results', `${at.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z')}.json`), json);
