import { describe, expect, it } from 'vitest';
import { adapterFor, siteIdFor } from '@/utils/sites/registry';
import { genericAdapter } from '@/utils/sites/generic';
import type { SiteAdapter } from '@/utils/sites/types';
import { DEFAULT_SETTINGS } from '@/utils/storage/schemas';

// The DOM side of the generic adapter (composers, drafts, send buttons) is exercised in
// the real browser by tests/e2e/pause*.spec.ts: no DOM library is installed for Vitest.

const slack: SiteAdapter = { ...genericAdapter, id: 'slack', matches: (url) => url.hostname === 'app.slack.com' };
const settings = { sites: DEFAULT_SETTINGS.sites, addedSites: ['https://chat.example.org'] };

describe('adapterFor', () => {
  it("uses a supported site's own adapter while that site is on", () => {
    expect(adapterFor(new URL('https://app.slack.com/client/T1/C1'), settings, { e2e: false, adapters: [slack] })).toBe(slack);
  });

  it('leaves a supported site alone when the person turned it off', () => {
    const off = { ...settings, sites: { ...settings.sites, slack: false } };
    expect(adapterFor(new URL('https://app.slack.com/client/T1/C1'), off, { e2e: false, adapters: [slack] })).toBeUndefined();
  });

  it('uses the generic adapter on an origin the person added, and nowhere else', () => {
    expect(adapterFor(new URL('https://chat.example.org/room/1'), settings, { e2e: false, adapters: [slack] })).toBe(genericAdapter);
    expect(adapterFor(new URL('https://chat.example.org:8443/room/1'), settings, { e2e: false, adapters: [slack] })).toBeUndefined();
    expect(adapterFor(new URL('https://example.com/'), settings, { e2e: false, adapters: [slack] })).toBeUndefined();
  });

  it('treats localhost and 127.0.0.1 as added sites only in the e2e build', () => {
    for (const address of ['http://localhost:5173/', 'http://127.0.0.1:4000/composers/']) {
      expect(adapterFor(new URL(address), settings, { e2e: true, adapters: [] })).toBe(genericAdapter);
      expect(adapterFor(new URL(address), settings, { e2e: false, adapters: [] })).toBeUndefined();
    }
  });
});

describe('siteIdFor', () => {
  it('records a supported site by id and an added site by its origin', () => {
    expect(siteIdFor(slack, new URL('https://app.slack.com/x'))).toBe('slack');
    expect(siteIdFor(genericAdapter, new URL('https://chat.example.org/room/1'))).toBe('https://chat.example.org');
  });
});
