import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { dispatch, protocol, type MessageName } from '@/utils/messaging';
import { handlers } from '@/utils/handlers';

const names = Object.keys(protocol) as MessageName[];
const contentScript: Browser.runtime.MessageSender = {
  id: 'test-extension-id',
  url: 'https://web.whatsapp.com/',
  tab: { id: 1 } as Browser.tabs.Tab,
  frameId: 0,
};
const foreignPage: Browser.runtime.MessageSender = { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' };

/** Payloads shaped like messages, half with a real name, carrying anything at all. */
const payload = fc.oneof(
  fc.anything(),
  fc.record({ name: fc.constantFrom(...names), data: fc.anything() }),
  fc.record({ name: fc.constantFrom(...names), data: fc.object({ maxDepth: 3 }) }),
  fc.record({ name: fc.string(), data: fc.anything(), extra: fc.anything() }, { requiredKeys: [] }),
);

async function snapshot(): Promise<string> {
  return JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.session.get(null)]);
}

describe('message fuzzing', () => {
  it('10,000 random and malformed payloads from a content script: no exception escapes, storage is unchanged', async () => {
    const before = await snapshot();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(payload, async (raw) => {
        const reply = await dispatch(handlers, raw, contentScript);
        if (!reply.ok) refused++;
        // With an empty object, reading the config, adding the overlay to the sender's own frame
        // and opening the breathing exercise are the harmless requests that may succeed; none
        // of them leaves anything in storage.
        if (reply.ok) expect(['content:get-config', 'content:load-kit', 'content:start-breathing']).toContain((raw as { name: string }).name);
      }),
      { numRuns: 10_000 },
    );
    expect(await snapshot()).toBe(before);
    console.log(`fuzzing: 10000 payloads, ${refused} refused, 0 exceptions, 0 storage changes`);
  });

  it('export, import, delete and record writes are refused from content scripts and other extensions, whatever the payload', async () => {
    const before = await snapshot();
    const pageOnly = names.filter((name) => protocol[name].from === 'page');
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...pageOnly), fc.anything(), fc.constantFrom(contentScript, foreignPage), async (name, data, sender) => {
        const reply = await dispatch(handlers, { name, data }, sender);
        expect(reply).toEqual({ ok: false, error: `${name}: not allowed from this sender` });
        refused++;
      }),
      { numRuns: 2_000 },
    );
    expect(await snapshot()).toBe(before);
    console.log(
      `page-only messages (${pageOnly.join(', ')}) from content scripts and other extensions: ${refused} sent, ${refused} refused, 0 storage changes`,
    );
  });
});
