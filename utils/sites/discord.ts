import { composerUrl, siteAdapter } from './site-kit';

/** `/channels/<server or @me>/<channel>` (threads are channels too). */
const CHANNEL_IN_PATH = /^\/channels\/[^/]+\/(\d+)/;

/** Discord in the browser: channel, DM and thread text areas. */
export const discordAdapter = siteAdapter({
  id: 'discord',
  matches: (url) => url.hostname === 'discord.com',
  composer: '[data-slate-editor="true"][contenteditable="true"]',
  // Only shown when the person turns on the send button; Enter is the usual way.
  sendControl: 'button[aria-label="Send Message"]',
  sendKey: () => 'enter',
  threadId: (composer) => composerUrl(composer)?.pathname.match(CHANNEL_IN_PATH)?.[1],
});
