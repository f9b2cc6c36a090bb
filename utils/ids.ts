/**
 * A random record id: 32 hex digits. `crypto.getRandomValues` works in every context a page can be
 * in, plain-http origins included, where `crypto.randomUUID` does not exist.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
