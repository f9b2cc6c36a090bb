import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { steadyBuild } from '../builds';
import { fmt, KB, type BenchRow, type BenchSuite } from '../types';

const SUITE = 'bundle size';
type Budget = { minified: number; gzipped: number };
/** The composer content script is injected on every chat and mail page the person has on: it must stay small. */
const CONTENT_SCRIPT_BUDGET: Budget = { minified: 60, gzipped: 22 };
/** The analyzer and overlay, added to a frame at its first send: no larger than they are today. */
const PAUSE_KIT_BUDGET: Budget = { minified: 165, gzipped: 67 };
/**
 * What each of Steady's pages loads before it first paints (its start-up). The popup is opened
 * many times a day and paints Home from the smallest entry; every other page stays near its
 * size today. The practice page carries the analyzer on purpose: reading a draft is all it does.
 */
const PAGE_BUDGETS: Record<string, Budget> = {
  popup: { minified: 70, gzipped: 27 },
  options: { minified: 120, gzipped: 45 },
  onboarding: { minified: 100, gzipped: 37 },
  practice: { minified: 230, gzipped: 90 },
  trends: { minified: 105, gzipped: 39 },
  session: { minified: 105, gzipped: 39 },
};
/** The schema library's own class names: a page whose start-up holds them validates before it draws. */
const SCHEMA_LIBRARY = 'ZodMini';

type Manifest = {
  background?: { service_worker?: string };
  content_scripts?: Array<{ js?: string[] }>;
};

/** Files a module loads before it runs: its static imports (`from"./x.js"`, `import"./x.js"`), followed through. */
function withStaticImports(root: string, files: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(root, file), 'utf8');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(posix.join(posix.dirname(file), match[1]));
  };
  for (const file of files) visit(file.replace(/^\//, ''));
  return [...seen];
}

/** What an extension page loads at once: the page itself (its styles are written into it), its module scripts, preloads and any linked styles, with their imports. */
function pageFiles(root: string, page: string): string[] {
  const html = readFileSync(join(root, page), 'utf8');
  const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) =>
    // "/chunks/x.js" is from the extension's root; "./x.js" from the page's folder.
    match[1].startsWith('/') ? match[1].slice(1) : posix.join(posix.dirname(page), match[1]),
  );
  return [page, ...withStaticImports(root, referenced)];
}

function sizes(root: string, files: string[]): { minified: number; gzipped: number } {
  let minified = 0;
  let gzipped = 0;
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    minified += bytes.byteLength;
    gzipped += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { minified: minified / KB, gzipped: gzipped / KB };
}

function describe(files: string[]): string {
  const js = files.filter((file) => file.endsWith('.js'));
  const css = files.filter((file) => file.endsWith('.css'));
  const name = (file: string) => file.replace(/^.*\//, '').replace(/-[\w-]{8}\.(js|css)$/, '.$1');
  const pages = files.filter((file) => file.endsWith('.html'));
  return [pages.join(' + '), js.length ? `${js.map(name).join(' + ')}` : '', css.length ? `css: ${css.map(name).join(' + ')}` : ''].filter(Boolean).join('; ');
}

/** Sizes of what the production Chrome build ships, per entry point, as the browser loads it. */
const bundle: BenchSuite = async () => {
  const root = steadyBuild('production');
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const entries: Array<{ name: string; files: string[]; budget?: Budget }> = [];

  const contentScripts = [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.js ?? []))];
  for (const script of contentScripts) {
    const label = script.replace(/^content-scripts\//, '').replace(/\.js$/, '');
    entries.push({
      name: `${label} content script`,
      files: withStaticImports(root, [script]),
      budget: label === 'composer' ? CONTENT_SCRIPT_BUDGET : undefined,
    });
  }
  // Added to a frame only once a person uses a composer there (see utils/pause/kit-loader.ts).
  entries.push({ name: 'pause kit (analyzer and overlay), loaded on first use', files: ['pause-kit.js'], budget: PAUSE_KIT_BUDGET });
  // Every page: the popup, options, and the ones Steady opens itself.
  for (const page of readdirSync(root).filter((file) => file.endsWith('.html'))) {
    const name = page.replace(/\.html$/, '');
    entries.push({ name: `${name} page start-up`, files: pageFiles(root, page), budget: PAGE_BUDGETS[name] });
  }
  if (manifest.background?.service_worker) entries.push({ name: 'background worker', files: withStaticImports(root, [manifest.background.service_worker]) });

  const rows: BenchRow[] = [];
  for (const entry of entries) {
    const size = sizes(root, entry.files);
    const schemas = entry.files.some((file) => file.endsWith('.js') && readFileSync(join(root, file), 'utf8').includes(SCHEMA_LIBRARY));
    const files = `${describe(entry.files)}${entry.name.endsWith('page start-up') ? `; schema library at start: ${schemas ? 'yes' : 'no'}` : ''}`;
    rows.push(
      {
        suite: SUITE,
        name: `${entry.name}, minified`,
        median: size.minified,
        unit: 'KB',
        budget: entry.budget && { max: entry.budget.minified },
        compare: files,
      },
      {
        suite: SUITE,
        name: `${entry.name}, gzipped`,
        median: size.gzipped,
        unit: 'KB',
        budget: entry.budget && { max: entry.budget.gzipped },
        compare: `gzip -9 of each file, ${fmt((100 * size.gzipped) / size.minified)} % of minified`,
      },
    );
  }
  const everything = (readdirSync(root, { recursive: true }) as string[]).filter((file) => /\.(js|css)$/.test(file));
  rows.push({
    suite: SUITE,
    name: 'all JS and CSS in the build',
    median: sizes(root, everything).minified,
    unit: 'KB',
    compare: `${everything.length} files in ${relative(process.cwd(), root)}`,
  });
  return rows;
};

export default bundle;
