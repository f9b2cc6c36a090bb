import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { EXTENSION_DIR } from './paths';

/**
 * The e2e build runs by itself only on localhost and 127.0.0.1; any other host a test adds on the
 * options page, as a person does. Adding a site asks the browser for that origin, a prompt a
 * headless browser cannot answer: the browser loads a copy of the e2e build whose manifest
 * already holds the grant for the host (what the person's "Allow" gives), and the options page
 * then registers Steady there exactly as it does for a person.
 */
export async function e2eCopyGranted(host: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'steady-e2e-granted-'));
  await cp(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `http://${host}/*`];
  await writeFile(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Adds an origin on Steady's options page, as a person does, and waits until Steady says it helps there. */
export async function addSite(openExtensionPage: (name: 'options') => Promise<Page>, origin: string): Promise<void> {
  const options = await openExtensionPage('options');
  const sites = options.getByRole('region', { name: 'Where Steady helps' });
  await sites.getByLabel('Add another site').fill(origin);
  await sites.getByRole('button', { name: 'Add site' }).click();
  await expect(sites.getByRole('status')).toHaveText(`Steady now helps on ${origin}.`);
  await options.close();
}
