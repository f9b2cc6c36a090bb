import type { Browser } from 'wxt/browser';
import { SITE_ADAPTERS } from '../sites/registry';

/** The addresses a content script's message can speak for: its frame's, and the tab's page. */
function senderUrls(sender: Browser.runtime.MessageSender): URL[] {
  return [sender.url, sender.origin, sender.tab?.url].flatMap((address) => {
    try {
      return address ? [new URL(address)] : [];
    } catch {
      return [];
    }
  });
}

/**
 * Whether a content script may speak for `site`: an added site's origin must be the sender's,
 * and a built-in site's adapter must match the sender's address. So a script on one site can
 * never record a pause, or save a draft, under another.
 */
export function siteMatchesSender(site: string, sender: Browser.runtime.MessageSender): boolean {
  const urls = senderUrls(sender);
  const adapter = SITE_ADAPTERS.find((candidate) => candidate.id === site);
  if (adapter) return urls.some((url) => adapter.matches(url));
  return urls.some((url) => url.origin === site);
}
