import type { Browser } from 'wxt/browser';
import type { RequestOf } from '../messaging';
import { amendRecord, type JournalRecord, type PatternId } from '../storage';
import { resetLearning } from '../storage/learning';
import { pushConfig } from '../background/config-broadcast';
import { siteMatchesSender } from './sender-site';

/** How far back a content script's pause can be: one left open a day, answered just after. */
const RECENT_PAUSE_MS = 2 * 86_400_000;

type Feedback = RequestOf<'page:pause-feedback'>['answer'];

/**
 * The person's word on a pause, kept with its record (no text). The first answer stays, so a
 * retried message, or the same pause answered in the overlay and then in the popup, counts once.
 * The patterns it was about may be named with it, or once afterwards for the same answer; only
 * patterns the pause noticed count.
 */
export function withFeedback(record: JournalRecord, answer: Feedback, patterns?: readonly PatternId[]): JournalRecord | undefined {
  if (record.type !== 'pause') return undefined;
  const about = patterns && record.patterns.filter((pattern) => patterns.includes(pattern));
  const narrowed = about?.length ? { feedbackPatterns: about } : {};
  if (!record.feedback) return { ...record, feedback: answer, ...narrowed };
  if (record.feedback === answer && !record.feedbackPatterns && about?.length) return { ...record, ...narrowed };
  return undefined;
}

async function giveFeedback(pauseId: string, answer: Feedback, from: number, to: number, site?: string, patterns?: PatternId[]): Promise<boolean> {
  const given = await amendRecord(pauseId, from, to, (record) =>
    site === undefined || (record.type === 'pause' && record.site === site) ? withFeedback(record, answer, patterns) : undefined,
  );
  // Open tabs learn it now, not at their next load.
  if (given) await pushConfig();
  return given;
}

/** From Steady's pages (the follow-up card), which know when the pause started. */
export async function pageFeedback({ pauseId, at, answer, patterns }: RequestOf<'page:pause-feedback'>) {
  return { given: await giveFeedback(pauseId, answer, at, at, undefined, patterns) };
}

/** From the overlay, just after its pause closed: only for a pause of the sender's own site. */
export async function contentFeedback({ pauseId, site, answer }: RequestOf<'content:pause-feedback'>, sender: Browser.runtime.MessageSender, now = Date.now()) {
  if (!siteMatchesSender(site, sender)) throw new Error('site does not match the sender');
  return { given: await giveFeedback(pauseId, answer, now - RECENT_PAUSE_MS, now, site) };
}

/**
 * Forgets what one line taught (a pattern on a site), or all of it, as of the moment the person
 * asked (never later than now), so a retried message writes the same reset again.
 */
export async function learningReset({ line, at }: RequestOf<'page:reset-learning'>, now = Date.now()) {
  await resetLearning(Math.min(at, now), line);
  await pushConfig();
  return { ok: true as const };
}
