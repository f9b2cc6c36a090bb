import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { EXTENSION_DIR } from './paths';

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat();
}

test('the built extension holds no dynamic code or remote imports', async () => {
  const scripts = (await files(EXTENSION_DIR)).filter((file) => /\.(js|html)$/.test(file));
  expect(scripts.length).toBeGreaterThan(3);
  for (const file of scripts) {
    const text = await readFile(file, 'utf8');
    expect(text, file).not.toMatch(/\beval\(|new Function\(/);
    expect(text, file).not.toMatch(/import\s*\(?\s*["']https?:|<script[^>]+src=["']https?:/);
  }
});

test('the manifest asks only for what Steady needs', async () => {
  const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const text = JSON.stringify(manifest);
  expect(text).not.toContain('<all_urls>');
  expect(manifest.permissions.sort()).toEqual(['alarms', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
  expect(manifest.optional_permissions).toEqual(['notifications']);
  expect(manifest.permissions).not.toContain('tabs');
  expect(manifest.permissions).not.toContain('webRequest');
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.externally_connectable).toEqual({ ids: [], matches: [] });
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});
