import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, EXTENSION_DIR } from './paths';

export function chromiumArgs(extensionDir = EXTENSION_DIR, extra: string[] = []): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...extra,
  ];
}

export type LaunchOptions = {
  extensionDir?: string;
  args?: string[];
  /** An IANA time zone for the whole browser, worker included (e.g. to cross a daylight-saving change). */
  timezone?: string;
};

/** The system Chromium, headless, with a Steady build loaded into a fresh profile. */
export async function launchWithSteady(options: LaunchOptions = {}): Promise<{ context: BrowserContext; extensionId: string; close: () => Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'steady-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs(options.extensionDir, options.args),
    ...(options.timezone ? { timezoneId: options.timezone, env: { ...process.env, TZ: options.timezone } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
