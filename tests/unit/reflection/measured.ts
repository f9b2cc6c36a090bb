import { expect, it } from 'vitest';
import { reflect } from '@/utils/reflection';
import type { PatternId } from '@/utils/storage/schemas';

/** A charged draft, the pattern it shows, and how many sends came before it in the conversation. */
export type Charged = readonly [PatternId, string, number?];

/**
 * The scorer decides from many signals, so hand-written sentences are measured together rather
 * than each held to a phrase: nine in ten charged forms paused and named, nineteen in twenty calm
 * look-alikes left alone.
 */
export function measureTogether(name: string, charged: readonly Charged[], calm: readonly string[]): void {
  it('pauses for, and names, the charged forms', () => {
    const missed = charged.filter(([pattern, text, sends = 0]) => {
      const reading = reflect(text, { recentSendsInThread: sends });
      return !reading.pause || !reading.findings.some((finding) => finding.pattern === pattern);
    });
    console.log(`${name}: ${charged.length - missed.length} of ${charged.length} paused and named`);
    expect(missed.length / charged.length).toBeLessThanOrEqual(0.1);
  });

  it('stays calm about the calm look-alikes', () => {
    const paused = calm.filter((text) => reflect(text).pause);
    console.log(`${name} look-alikes: ${calm.length - paused.length} of ${calm.length} left alone`);
    expect(paused.length / calm.length).toBeLessThanOrEqual(0.05);
  });
}
