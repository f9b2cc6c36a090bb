import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const OUTPUT = resolve(process.env.STEADY_OUT_DIR ?? '.output');
const built = new Set<string>();

/** Builds Steady once per run (production, or the e2e mode the fixture pages need) and returns its folder. */
export function steadyBuild(mode: 'production' | 'e2e'): string {
  if (!built.has(mode)) {
    execFileSync('npx', ['wxt', 'build', ...(mode === 'e2e' ? ['--mode', 'e2e'] : [])], { stdio: 'ignore' });
    built.add(mode);
  }
  return resolve(OUTPUT, mode === 'e2e' ? 'chrome-mv3-e2e' : 'chrome-mv3');
}
