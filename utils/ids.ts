/** A random record id (UUID without dashes' special meaning to storage keys). */
export function newId(): string {
  return crypto.randomUUID();
}
