import { openBreathing } from '../background/commands';

/** The pause overlay's way into a longer breath: the popup's breathing exercise. */
export async function startBreathing() {
  await openBreathing();
  return { ok: true as const };
}
