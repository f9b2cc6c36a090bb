import { getEnglishMessage } from './english-messages';

/**
 * Lets extension code run under Node (eval, bench): `wxt/browser` picks up `globalThis.chrome`
 * when it is first imported, so import this module before anything that imports it.
 */
(globalThis as Record<string, unknown>).chrome = { i18n: { getMessage: getEnglishMessage, getUILanguage: () => 'en' } };
