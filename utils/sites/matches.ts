/** Where the composer content script runs by default: the supported webmail and chat sites. */
export const SUPPORTED_SITE_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://app.slack.com/*',
  'https://discord.com/*',
  'https://web.whatsapp.com/*',
  'https://www.messenger.com/*',
  // All of facebook.com: it is a single-page app, and its Messages pages are often reached
  // without a page load. The Messenger adapter acts only under /messages.
  'https://www.facebook.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  // 2025: Teams for work and school moved to teams.cloud.microsoft; the old host still redirects.
  'https://teams.cloud.microsoft/*',
  'https://www.linkedin.com/*',
  'https://web.telegram.org/*',
  'https://chat.google.com/*',
];
