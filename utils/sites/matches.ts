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
  'https://www.facebook.com/messages/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://www.linkedin.com/*',
  'https://web.telegram.org/*',
  'https://chat.google.com/*',
];
