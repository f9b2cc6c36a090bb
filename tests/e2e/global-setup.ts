import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './paths';
import { buildAll } from './builds';

/** Builds Steady once for the whole run: the e2e mode PRODUCT.md describes, plus the production and quota builds. */
export default function globalSetup(): void {
  chromiumPath();
  buildAll();
  if (process.env.STEADY_SKIP_BUILD && existsSync('tests/fixtures/dist')) return;
  if (existsSync('tests/fixtures/build.ts')) execFileSync('npx', ['tsx', 'tests/fixtures/build.ts'], { stdio: 'inherit' });
}
