import { readFileSync } from 'node:fs';

export type Messages = Record<string, { message: string }>;
export const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Messages;
export const spanish = JSON.parse(readFileSync('public/_locales/es/messages.json', 'utf8')) as Messages;

/**
 * Serves Steady's pages the Spanish messages the way chrome.i18n does ($1… substitutions),
 * for a Chromium built without Spanish interface resources (Debian's chromium without
 * chromium-l10n ignores --lang and stays in en-US).
 */
export function spanishI18n(messages: Messages): void {
  const i18n = chrome.i18n as unknown as Record<string, unknown>;
  i18n.getUILanguage = () => 'es';
  i18n.getMessage = (key: string, substitutions?: string | string[]) => {
    const values = substitutions === undefined ? [] : [substitutions].flat();
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  };
}
