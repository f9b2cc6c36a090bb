import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR, OUTPUT_DIR } from './paths';

/** The production build, exactly as it ships (closed shadow root, supported sites only). */
export const PRODUCTION_DIR = resolve(OUTPUT_DIR, 'chrome-mv3');
/** The e2e build without `unlimitedStorage`, so a test can fill storage (wxt.config.ts, mode `e2e-quota`). */
export const QUOTA_DIR = resolve(OUTPUT_DIR, 'chrome-mv3-e2e-quota');

const BUILDS = [
  { dir: EXTENSION_DIR, args: ['--mode', 'e2e'] },
  { dir: PRODUCTION_DIR, args: [] },
  { dir: QUOTA_DIR, args: ['--mode', 'e2e-quota'] },
];

/** Builds every variant the end-to-end tests load, once per run (STEADY_SKIP_BUILD reuses existing ones). */
export function buildAll(): void {
  for (const { dir, args } of BUILDS) {
    if (process.env.STEADY_SKIP_BUILD && existsSync(dir)) continue;
    execFileSync('npx', ['wxt', 'build', ...args], { stdio: 'inherit' });
  }
}
