import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { EXTENSION_DIR } from './paths';
import { PRODUCTION_DIR } from './builds';
import { SUPPORTED_SITE_MATCHES } from '../../utils/sites/matches';

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat();
}

const BUILDS = [
  { name: 'production', dir: PRODUCTION_DIR },
  { name: 'e2e', dir: EXTENSION_DIR },
];

for (const build of BUILDS) {
  test(`the ${build.name} build holds no dynamic code or remote imports`, async () => {
    const scripts = (await files(build.dir)).filter((file) => /\.(js|html)$/.test(file));
    expect(scripts.length).toBeGreaterThan(3);
    let flagged = 0;
    for (const file of scripts) {
      const text = await readFile(file, 'utf8');
      if (/\beval\(|new Function\(|import\s*\(?\s*["']https?:|<script[^>]+src=["']https?:/.test(text)) flagged++;
      expect(text, file).not.toMatch(/\beval\(|new Function\(/);
      expect(text, file).not.toMatch(/import\s*\(?\s*["']https?:|<script[^>]+src=["']https?:/);
    }
    const manifest = await readFile(join(build.dir, 'manifest.json'), 'utf8');
    console.log(
      `${build.name} build: ${scripts.length} script and page files, ${flagged} with eval, new Function or remote imports; <all_urls> in the manifest: ${manifest.includes('<all_urls>') ? 'yes' : 'no'}`,
    );
    expect(manifest).not.toContain('<all_urls>');
  });
}

test('the manifest asks only for what Steady needs', async () => {
  const manifest = JSON.parse(await readFile(join(PRODUCTION_DIR, 'manifest.json'), 'utf8'));
  const text = JSON.stringify(manifest);
  expect(text).not.toContain('<all_urls>');
  expect(manifest.permissions.sort()).toEqual(['alarms', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
  expect(manifest.optional_permissions).toEqual(['notifications']);
  expect(manifest.permissions).not.toContain('tabs');
  expect(manifest.permissions).not.toContain('webRequest');
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.externally_connectable).toEqual({ ids: [], matches: [] });
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  // Host access reaches exactly as far as the content script, which already runs there.
  expect([...manifest.host_permissions].sort()).toEqual([...SUPPORTED_SITE_MATCHES].sort());
  expect([...manifest.content_scripts[0].matches].sort()).toEqual([...SUPPORTED_SITE_MATCHES].sort());
  // The test-only local origins exist in the e2e build only.
  expect(text).not.toMatch(/localhost|127\.0\.0\.1/);
});

test('the content script stays small: within 60 KB (22 KB gzipped), without the analyzer, the overlay, the schema library or the polyfill', async () => {
  const script = await readFile(join(PRODUCTION_DIR, 'content-scripts', 'composer.js'));
  const kit = await readFile(join(PRODUCTION_DIR, 'pause-kit.js'));
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(
    `content script: ${kb(script.byteLength)} (${kb(gzipSync(script).byteLength)} gzipped); ` +
      `pause kit (analyzer and overlay), loaded once a composer is used: ${kb(kit.byteLength)} (${kb(gzipSync(kit).byteLength)} gzipped)`,
  );
  expect(script.byteLength).toBeLessThanOrEqual(60_000);
  expect(gzipSync(script).byteLength).toBeLessThanOrEqual(22_000);
  // zod names its internal types; the polyfill refuses to run outside an extension with this
  // sentence; the overlay's styles begin with its own class; the analyzer's apology lexicon
  // holds this run of words.
  expect(script.toString()).not.toMatch(/\$ZodType|should only be loaded in a browser extension|\.steady\{|forgive me\|my bad/);
  expect(kit.toString()).toMatch(/\.steady\{/);
  expect(kit.toString()).toMatch(/forgive me\|my bad/);
});
