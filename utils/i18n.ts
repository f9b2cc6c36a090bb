import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** A user-facing string from the extension's locale files; `$1`… take substitutions. */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  const values = substitutions === undefined ? undefined : [substitutions].flat().map(String);
  return browser.i18n.getMessage(key, values) || key;
}

/** Picks `key_one` or `key_other` by the browser locale's plural rules. */
export function tCount(base: string, count: number): string {
  const form = new Intl.PluralRules(browser.i18n.getUILanguage()).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, count);
}

/** Locale keys allow only [A-Za-z0-9_]: `keyFor('kind', 'asked-for-help')` is `kind_asked_for_help`. */
export function keyFor(prefix: string, id: string): MessageKey {
  return `${prefix}_${id.replaceAll(/[^A-Za-z0-9_]/g, '_')}` as MessageKey;
}
