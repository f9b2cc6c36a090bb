import { browser } from 'wxt/browser';
import { getConfig } from '../handlers/get-config';
import { watchSettings } from '../storage';
import type { Envelope } from '../messaging';

/** Sends the content configuration, as it is now, to every open tab. */
export async function pushConfig(): Promise<void> {
  const message: Envelope = { name: 'background:config-changed', data: await getConfig() };
  const tabs = await browser.tabs.query({});
  // A tab without Steady's script (or closing) refuses: the others still hear.
  const tell = async (tabId: number) => browser.tabs.sendMessage(tabId, message);
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : tell(tab.id).catch(() => undefined))));
}

/** Pushes new settings to open tabs, so a change applies without reloading them. */
export function broadcastConfigChanges(): void {
  watchSettings(() => void pushConfig());
}
