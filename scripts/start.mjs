// `npm start`: builds Steady and opens Chromium with it loaded, on its practice page.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const extensionDir = resolve('.output/chrome-mv3');
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

// Chromium derives an unpacked extension's id from its folder path.
const extensionId = [...createHash('sha256').update(extensionDir).digest('hex').slice(0, 32)]
  .map((digit) => String.fromCharCode(97 + parseInt(digit, 16)))
  .join('');

const chromium = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!chromium || !hasDisplay) {
  console.log(`\nSteady is built. ${chromium ? 'No display is available here' : 'No Chromium was found (set CHROME_PATH)'}, so load it by hand:`);
  console.log(`  1. Open chrome://extensions and turn on Developer mode.`);
  console.log(`  2. Choose "Load unpacked" and pick: ${extensionDir}`);
  console.log(`  3. Open chrome-extension://${extensionId}/practice.html to try a pause.\n`);
  process.exit(0);
}

const profile = mkdtempSync(join(tmpdir(), 'steady-'));
const args = [
  `--user-data-dir=${profile}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  '--no-default-browser-check',
  `chrome-extension://${extensionId}/practice.html`,
];
if (process.getuid?.() === 0) args.unshift('--no-sandbox');
spawn(chromium, args, { stdio: 'ignore', detached: true }).unref();
console.log(`Chromium is opening with Steady loaded (profile: ${profile}).`);
