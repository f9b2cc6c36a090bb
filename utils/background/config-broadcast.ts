import { browser } from 'wxt/browser';
import { getConfig } from '../handlers/get-config';
import { watchSettings } from '../storage';
import type { Envelope } from '../messaging';

/** Pushes new settings to open tabs, so a change applies without reloading them. */
export function broadcastConfigChanges(): void {
  watchSettings(async () => {
    const message: Envelope = { name: 'background:config-changed', data: await getConfig() };
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
  });
}
