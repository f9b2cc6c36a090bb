import { clearQuarantine, readQuarantine } from '../storage';

/** The values Steady set aside, as a file the person can keep or look into: nothing is left out. */
export async function exportSetAside(now = Date.now()): Promise<{ json: string }> {
  return { json: JSON.stringify({ format: 'steady-set-aside', exportedAt: now, entries: await readQuarantine() }) };
}

/** Forgets the set-aside values, when the person asks to. */
export async function clearSetAside(): Promise<{ cleared: number }> {
  return { cleared: await clearQuarantine() };
}
