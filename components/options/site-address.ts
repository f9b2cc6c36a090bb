import { Origin } from '@/utils/storage/schemas';

/**
 * Turns what the person typed ("chat.example.org", "https://mail.example.org/inbox")
 * into an origin, or undefined when it is not a web address Steady can work on.
 */
export function originFromInput(input: string): string | undefined {
  const trimmed = input.trim();
  if (!trimmed) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const origin = new URL(withScheme).origin;
    return Origin.safeParse(origin).success ? origin : undefined;
  } catch {
    return undefined;
  }
}
