import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** The attachment each randomised run adds with its counts. */
export const SEND_COUNTS = 'send-counts';

export type SendCounts = { fixture: string; seed: number; sends: number; expected: number; delivered: number; lost: number; duplicated: number };

/**
 * Adds up the randomised runs across every worker and prints one line for the whole run:
 * how many sends, how many deliveries, and how many were lost or duplicated.
 */
export default class SendCountReporter implements Reporter {
  private readonly runs = new Map<string, SendCounts>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const attachment = result.attachments.find((item) => item.name === SEND_COUNTS && item.body);
    // A retried test counts once, with its last attempt.
    if (attachment?.body) this.runs.set(test.id, JSON.parse(attachment.body.toString('utf8')) as SendCounts);
  }

  onEnd(): void {
    if (this.runs.size === 0) return;
    const runs = [...this.runs.values()];
    const sum = (key: keyof Omit<SendCounts, 'fixture' | 'seed'>) => runs.reduce((total, run) => total + run[key], 0);
    const seeds = runs.map((run) => run.seed);
    console.log(
      `\nRandomised sends on ${runs.length} composers (seeds ${Math.min(...seeds)}–${Math.max(...seeds)}): ` +
        `sends ${sum('sends')}, delivered ${sum('delivered')} of ${sum('expected')} expected, lost ${sum('lost')}, duplicated ${sum('duplicated')}`,
    );
  }
}
