import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import type { LaneCounts } from './random-sends';

/** The attachment each randomised run adds with its counts. */
export const SEND_COUNTS = 'send-counts';

export type SendCounts = { fixture: string; seed: number; sends: number; expected: number; delivered: number; lost: number; duplicated: number };

/** The attachment each Roundcube test adds: sends Roundcube made, and what arrived at the recipient's IMAP. */
export const ROUNDCUBE_COUNTS = 'roundcube-counts';

/**
 * One Roundcube test's mail: `expected` copies (0 or 1), `sent` send requests Roundcube made,
 * `arrived` copies at the recipient's IMAP; `duplicated` copies beyond the first, `lost` expected
 * and missing, `unwanted` arrived when none should have.
 */
export type RoundcubeCounts = { case: string; expected: number; sent: number; arrived: number; duplicated: number; lost: number; unwanted: number };

/** The attachment each randomised run with fault injection adds, beside its SEND_COUNTS. */
export const FAULT_COUNTS = 'send-fault-counts';

/** One randomised run's sends in full, with its fixture (each count is described on `LaneCounts`). */
export type FaultCounts = LaneCounts & { fixture: string };

/**
 * Adds up the randomised runs across every worker and prints one line for the whole run:
 * how many sends, how many deliveries, and how many were lost or duplicated.
 */
export default class SendCountReporter implements Reporter {
  private readonly runs = new Map<string, SendCounts>();
  private readonly faults = new Map<string, FaultCounts>();
  private readonly mail = new Map<string, RoundcubeCounts[]>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const attachment = result.attachments.find((item) => item.name === SEND_COUNTS && item.body);
    // A retried test counts once, with its last attempt.
    if (attachment?.body) this.runs.set(test.id, JSON.parse(attachment.body.toString('utf8')) as SendCounts);
    const faults = result.attachments.find((item) => item.name === FAULT_COUNTS && item.body);
    if (faults?.body) this.faults.set(test.id, JSON.parse(faults.body.toString('utf8')) as FaultCounts);
    const mail = result.attachments.filter((item) => item.name === ROUNDCUBE_COUNTS && item.body);
    if (mail.length > 0)
      this.mail.set(
        test.id,
        mail.map((item) => JSON.parse(item.body!.toString('utf8')) as RoundcubeCounts),
      );
  }

  onEnd(): void {
    if (this.mail.size > 0) {
      const counts = [...this.mail.values()].flat();
      const sum = (key: keyof Omit<RoundcubeCounts, 'case'>) => counts.reduce((total, count) => total + count[key], 0);
      console.log(
        `\nRoundcube mail in ${this.mail.size} tests: sent ${sum('sent')}, arrived ${sum('arrived')} of ${sum('expected')} expected, ` +
          `duplicated ${sum('duplicated')}, lost ${sum('lost')}, sent when none should have been ${sum('unwanted')}`,
      );
    }
    if (this.runs.size === 0) return;
    const runs = [...this.runs.values()];
    const sum = (key: keyof Omit<SendCounts, 'fixture' | 'seed'>) => runs.reduce((total, run) => total + run[key], 0);
    const seeds = runs.map((run) => run.seed);
    console.log(
      `\nRandomised sends on ${runs.length} composers (seeds ${Math.min(...seeds)}–${Math.max(...seeds)}): ` +
        `sends ${sum('sends')}, delivered ${sum('delivered')} of ${sum('expected')} expected, lost ${sum('lost')}, duplicated ${sum('duplicated')}`,
    );
    if (this.faults.size > 0) {
      const counts = [...this.faults.values()];
      const total = (key: keyof Omit<FaultCounts, 'fixture' | 'disturbances'>) => counts.reduce((all, count) => all + count[key], 0);
      const disturbances = new Map<string, number>();
      for (const count of counts) for (const [name, times] of Object.entries(count.disturbances)) disturbances.set(name, (disturbances.get(name) ?? 0) + times);
      console.log(
        `Randomised sends with faults on ${this.faults.size} composers: attempted ${total('sends')}, delivered ${total('delivered')} of ${total('expected')} expected, ` +
          `lost ${total('lost')}, duplicated ${total('duplicated')}, swallowed ${total('swallowed')}, sent against the person's choice ${total('unwanted')}, ` +
          `newlines turned into sends ${total('newlinesSent')} of ${total('newlines')}; paused ${total('paused')}, pause windows stuck open ${total('stuckPauses')}, ` +
          `wrong verdicts ${total('wrongVerdicts')}, Steady asked for another press ${total('askedAgain')}, pressed again after nothing happened ${total('retried')}\n` +
          `  disturbances: ${[...disturbances]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, times]) => `${name} ${times}`)
            .join(', ')}`,
      );
    }
  }
}
