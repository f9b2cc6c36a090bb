import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentConfig } from '@/utils/messaging';
import { isContentConfig, readConfigPush, sendMessage } from '@/utils/messaging/content';
import { getConfig } from '@/utils/handlers/get-config';

const config = (): Promise<ContentConfig> => getConfig(Date.UTC(2026, 10, 20));

/** A config with one field, anywhere in it, replaced by anything at all or taken away. */
function mutated(base: ContentConfig) {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    paths.push(path);
    if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(base, []);
  return fc.tuple(fc.constantFrom(...paths.filter((path) => path.length > 0)), fc.option(fc.anything(), { nil: undefined })).map(([path, value]) => {
    const copy = structuredClone(base) as Record<string, unknown>;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    if (value === undefined) delete parent[path.at(-1)!];
    else parent[path.at(-1)!] = value;
    return copy;
  });
}

describe('the content check of a config', () => {
  it('accepts the config the background builds, and every variant the full schema accepts', async () => {
    const base = await config();
    expect(isContentConfig(base)).toBe(true);
    fc.assert(
      fc.property(mutated(base), (candidate) => {
        if (ContentConfig.safeParse(candidate).success) expect(isContentConfig(candidate)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuses missing fields, wrong types and unknown choices', async () => {
    const base = await config();
    const broken = [
      { ...base, evidence: undefined },
      { ...base, settings: { ...base.settings, pauseMode: 'sometimes' } },
      { ...base, settings: { ...base.settings, theme: undefined } },
      { ...base, settings: { ...base.settings, profile: ['testing', 'sulking'] } },
      { ...base, settings: { ...base.settings, sites: { gmail: 'yes' } } },
      { ...base, settings: { ...base.settings, quietHours: { enabled: true, start: '23', end: 6 } } },
      { ...base, settings: { ...base.settings, snoozeUntil: Number.NaN } },
      { ...base, settings: { ...base.settings, addedSites: 'https://chat.example.org' } },
      { ...base, evidence: { momentsThisMonth: 1 } },
      [base],
      null,
    ];
    for (const candidate of broken) {
      expect(ContentConfig.safeParse(candidate).success).toBe(false);
      expect(isContentConfig(candidate), JSON.stringify(candidate)).toBe(false);
    }
  });
});

describe('config pushes', () => {
  it('are read only from a config-changed envelope with a sound config', async () => {
    const base = await config();
    expect(readConfigPush({ name: 'background:config-changed', data: base })).toEqual(base);
    expect(readConfigPush({ name: 'content:get-config', data: base })).toBeUndefined();
    expect(readConfigPush({ name: 'background:config-changed', data: { settings: {} } })).toBeUndefined();
    expect(readConfigPush({ name: 'background:config-changed', data: base, extra: 1 })).toBeUndefined();
    expect(readConfigPush('background:config-changed')).toBeUndefined();
  });
});

describe('content sendMessage', () => {
  it('returns a sound answer and refuses one of the wrong shape', async () => {
    const base = await config();
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ ok: true, data: base } as never);
    await expect(sendMessage('content:get-config', {})).resolves.toEqual(base);
    expect(send).toHaveBeenCalledWith({ name: 'content:get-config', data: {} });
    send.mockResolvedValueOnce({ ok: true, data: { settings: base.settings } } as never);
    await expect(sendMessage('content:get-config', {})).rejects.toThrow('content:get-config: unexpected reply');
    send.mockResolvedValueOnce({ ok: true, data: { id: 7 } } as never);
    await expect(sendMessage('content:save-draft', { id: 'd1', site: 'slack', text: 'later' })).rejects.toThrow('unexpected reply');
    send.mockResolvedValueOnce({ ok: true } as never);
    await expect(sendMessage('content:pause-opened', { pauseId: 'p1', site: 'slack', trigger: 'flagged', patterns: [], score: 0.6 })).rejects.toThrow(
      'unreadable reply',
    );
  });

  it('passes on a refusal from the background', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ ok: false, error: 'content:save-draft: invalid request' } as never);
    await expect(sendMessage('content:save-draft', { id: 'd1', site: 'slack', text: 'later' })).rejects.toThrow('content:save-draft: invalid request');
  });
});
