import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS, adapterFor } from '@/utils/sites/registry';
import { SUPPORTED_SITE_MATCHES } from '@/utils/sites/matches';
import { DEFAULT_SETTINGS, SUPPORTED_SITE_IDS } from '@/utils/storage/schemas';
import { SITE_URLS } from './snapshot';

const snapshots = readdirSync(resolve(process.cwd(), 'tests/fixtures/sites'));
const settings = { sites: DEFAULT_SETTINGS.sites, addedSites: [] };

/** Whether a manifest match pattern (`https://host/path*`) covers a URL. */
function covers(pattern: string, url: URL): boolean {
  const [, scheme, host, path] = pattern.match(/^(https?):\/\/([^/]+)(\/.*)$/)!;
  const pathPattern = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
  return url.protocol === `${scheme}:` && url.hostname === host && pathPattern.test(url.pathname);
}

describe('supported sites', () => {
  it('have exactly one adapter each, in the registry', () => {
    expect(SITE_ADAPTERS.map((adapter) => adapter.id).sort()).toEqual([...SUPPORTED_SITE_IDS].sort());
  });

  for (const id of SUPPORTED_SITE_IDS) {
    it(`${id}: has a dated snapshot and a unit test file`, () => {
      expect(snapshots.some((name) => new RegExp(`^${id}-\\d{4}-(0[1-9]|1[0-2])\\.html$`).test(name))).toBe(true);
      expect(existsSync(resolve(process.cwd(), `tests/unit/sites/${id}.test.ts`))).toBe(true);
    });

    it(`${id}: its addresses reach its own adapter and are in the manifest match list`, () => {
      for (const address of SITE_URLS[id]) {
        const url = new URL(address);
        expect(adapterFor(url, settings, { e2e: false })?.id, address).toBe(id);
        expect(
          SUPPORTED_SITE_MATCHES.some((pattern) => covers(pattern, url)),
          address,
        ).toBe(true);
      }
    });
  }

  it('every manifest match belongs to some adapter', () => {
    for (const pattern of SUPPORTED_SITE_MATCHES) {
      // facebook.com is matched whole for its in-app navigation; Messenger lives under /messages.
      const samples = ['sample', 'messages/t/sample'].map((path) => new URL(pattern.replace('*', path)));
      expect(
        samples.some((sample) => SITE_ADAPTERS.some((adapter) => adapter.matches(sample))),
        pattern,
      ).toBe(true);
    }
  });

  it('leaves the rest of facebook.com alone, and follows it into Messages', () => {
    const settings = { sites: DEFAULT_SETTINGS.sites, addedSites: [] };
    expect(adapterFor(new URL('https://www.facebook.com/'), settings)).toBeUndefined();
    expect(adapterFor(new URL('https://www.facebook.com/messages/t/1234'), settings)?.id).toBe('messenger');
    expect(adapterFor(new URL('https://teams.cloud.microsoft/v2/'), settings)?.id).toBe('teams');
  });
});
