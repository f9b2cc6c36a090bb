import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, EXTENSION_DIR } from './paths';

/** Builds Steady once for the whole run, in the e2e mode PRODUCT.md describes. */
export default function globalSetup(): void {
  chromiumPath();
  if (process.env.STEADY_SKIP_BUILD && existsSync(EXTENSION_DIR)) return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
  if (existsSync('tests/fixtures/build.ts')) execFileSync('npx', ['tsx', 'tests/fixtures/build.ts'], { stdio: 'inherit' });
}
