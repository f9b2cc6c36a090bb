import english from '../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const messages = english as Record<string, Entry>;

/** The real English strings, resolved the way browsers resolve `$1` and named placeholders. */
export function getEnglishMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : [substitutions].flat();
  const withNamed = entry.message.replace(/\$([A-Za-z_]\w*)\$/g, (_match, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return withNamed.replace(/\$(\d)/g, (_match, index: string) => values[Number(index) - 1] ?? '');
}
