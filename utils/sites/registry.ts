import type { Settings } from '../storage/schemas';
import type { SiteAdapter } from './types';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';
import { slackAdapter } from './slack';
import { discordAdapter } from './discord';
import { whatsappAdapter } from './whatsapp';
import { messengerAdapter } from './messenger';
import { teamsAdapter } from './teams';
import { linkedinAdapter } from './linkedin';
import { telegramAdapter } from './telegram';
import { googleChatAdapter } from './google-chat';

/** The supported sites' adapters, one line each. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  gmailAdapter,
  outlookAdapter,
  slackAdapter,
  discordAdapter,
  whatsappAdapter,
  messengerAdapter,
  teamsAdapter,
  linkedinAdapter,
  telegramAdapter,
  googleChatAdapter,
];

/** Hosts the e2e build treats as sites the person added (see PRODUCT.md). */
const E2E_HOSTS = new Set(['localhost', '127.0.0.1']);

/**
 * The adapter for a page: a supported site's own when that site is on, the generic one
 * for origins the person added, otherwise none (Steady stays out of the way).
 */
export function adapterFor(
  url: URL,
  settings: Pick<Settings, 'sites' | 'addedSites'>,
  { e2e = import.meta.env.MODE === 'e2e', adapters = SITE_ADAPTERS }: { e2e?: boolean; adapters?: readonly SiteAdapter[] } = {},
): SiteAdapter | undefined {
  const supported = adapters.find((adapter) => adapter.matches(url));
  if (supported) return supported.id !== 'generic' && settings.sites[supported.id] === false ? undefined : supported;
  if (settings.addedSites.includes(url.origin)) return genericAdapter;
  if (e2e && E2E_HOSTS.has(url.hostname)) return genericAdapter;
  return undefined;
}

/** The id a pause is recorded under: the adapter's, or the added site's origin. */
export function siteIdFor(adapter: SiteAdapter, url: URL): string {
  return adapter.id === 'generic' ? url.origin : adapter.id;
}
