import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/**
 * Messages already read, by key and substitutions. After an extension reload, a content
 * script's `browser.i18n` is gone until the page reloads; an overlay still on screen for that
 * moment re-renders the words it already had instead of throwing into the page.
 */
const readMessages = new Map<string, string>();
let lastLanguage = 'en';

/** A user-facing string from the extension's locale files; `$1`… take substitutions. */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  const values = substitutions === undefined ? undefined : [substitutions].flat().map(String);
  const cacheKey = values ? `${key}\u0000${values.join('\u0000')}` : key;
  const known = readMessages.get(cacheKey);
  if (known !== undefined) return known;
  const message = browser.i18n?.getMessage(key, values) || key;
  if (browser.i18n) readMessages.set(cacheKey, message);
  return message;
}

/** The browser's interface language, as last read while the extension was reachable. */
function uiLanguage(): string {
  lastLanguage = browser.i18n?.getUILanguage() ?? lastLanguage;
  return lastLanguage;
}

/** Picks `key_one` or `key_other` by the browser locale's plural rules. */
export function tCount(base: string, count: number, substitutions: Array<string | number> = [count]): string {
  const form = new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, substitutions);
}

/** Locale keys allow only [A-Za-z0-9_]: `keyFor('kind', 'asked-for-help')` is `kind_asked_for_help`. */
export function keyFor(prefix: string, id: string): MessageKey {
  return `${prefix}_${id.replaceAll(/[^A-Za-z0-9_]/g, '_')}` as MessageKey;
}
