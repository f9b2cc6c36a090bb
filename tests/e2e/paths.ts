import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where WXT builds; STEADY_OUT_DIR gives a parallel run its own folder. */
export const OUTPUT_DIR = resolve(process.env.STEADY_OUT_DIR ?? '.output');
export const EXTENSION_DIR = resolve(OUTPUT_DIR, 'chrome-mv3-e2e');
export const FIXTURES_DIR = resolve('tests/fixtures');

/** The system Chromium: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const candidate = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(`No Chromium at ${candidate}. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return candidate;
}
