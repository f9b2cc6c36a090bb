import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUTPUT = resolve(process.env.STEADY_OUT_DIR ?? '.output');
/** Everything a build is made from: a build older than any of these is stale. */
const SOURCES = ['entrypoints', 'components', 'utils', 'public', 'assets', 'wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];
const checked = new Set<string>();

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

/** The folder of a Steady build (production, or the e2e mode that injects on the fixture pages). */
export function steadyBuildDir(mode: 'production' | 'e2e'): string {
  return resolve(OUTPUT, mode === 'e2e' ? 'chrome-mv3-e2e' : 'chrome-mv3');
}

/** Builds Steady when its folder is missing or older than its sources (checked once per run), and returns the folder. */
export function steadyBuild(mode: 'production' | 'e2e'): string {
  const dir = steadyBuildDir(mode);
  if (!checked.has(mode)) {
    const manifest = join(dir, 'manifest.json');
    const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
    const changedAt = Math.max(...SOURCES.map((source) => newestChange(resolve(source))));
    if (builtAt < changedAt) {
      console.error(`building Steady (${mode})…`);
      execFileSync('npx', ['wxt', 'build', ...(mode === 'e2e' ? ['--mode', 'e2e'] : [])], { stdio: 'ignore' });
    }
    checked.add(mode);
  }
  return dir;
}

type ContentScriptEntry = { matches: string[]; js: string[]; run_at?: string; all_frames?: boolean };

/**
 * The floor: what any extension pays to be injected. A minimal MV3 extension whose content
 * script only registers one keydown listener, injected where, when and in which frames
 * Steady's e2e build injects its composer script. Written fresh each run to bench/.floor-extension.
 */
export function floorExtension(): string {
  const steady = JSON.parse(readFileSync(join(steadyBuild('e2e'), 'manifest.json'), 'utf8')) as { content_scripts: ContentScriptEntry[] };
  const entries = steady.content_scripts.filter((entry) => entry.js.some((file) => file.includes('composer')));
  const dir = resolve('bench/.floor-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Steady benchmark floor',
    version: '1.0.0',
    description: 'A content script that registers one keydown listener and does nothing else.',
    content_scripts: entries.map((entry) => ({ matches: entry.matches, run_at: entry.run_at, all_frames: entry.all_frames, js: ['content.js'] })),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), "addEventListener('keydown', function () {}, true);\n");
  return dir;
}

/** A page with a heading and nothing else: what any extension page costs to show. */
const BARE_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Steady</title>
  </head>
  <body>
    <h1>Steady</h1>
  </body>
</html>
`;

/**
 * Steady's production build with one page added, `bare.html`, so the popup and a page
 * that runs no script are opened from the same extension, with the same id, in the same
 * browser. Copied fresh each run to bench/.popup-start-extension; the shipped build is untouched.
 */
export function benchPopupBuild(): string {
  const dir = resolve('bench/.popup-start-extension');
  rmSync(dir, { recursive: true, force: true });
  cpSync(steadyBuild('production'), dir, { recursive: true });
  writeFileSync(join(dir, 'bare.html'), BARE_PAGE);
  return dir;
}
