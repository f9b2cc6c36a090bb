import { browser, type Browser } from 'wxt/browser';
import type { RequestOf } from '../messaging';
import { putRecords } from '../storage';
import { readOpenPauses, removeOpenPauses, type OpenPause } from '../storage/open-pauses';
import { siteMatchesSender } from './sender-site';

/** The longest a pause record can say it lasted: an overlay left open longer is recorded at this. */
const LONGEST_PAUSE_MS = 86_400_000;

type Ended = RequestOf<'content:pause-closed'>;

/**
 * Records a finished pause (no text) once: the pause id is the record id, and a record already
 * stored is never replaced, so a retried message changes nothing and a late "left the page"
 * never overwrites the person's real choice.
 */
async function recordPause(pause: Ended, at: number): Promise<void> {
  const { pauseId, site, trigger, patterns, score, outcome } = pause;
  const durationMs = Math.min(LONGEST_PAUSE_MS, Math.max(0, pause.durationMs));
  await putRecords([{ type: 'pause', id: pauseId, at, site, trigger, patterns, score, outcome, durationMs }], [], { keepStored: true });
  await removeOpenPauses([pauseId]);
}

/**
 * A content script's pause ended. It may speak only for its own site, and only for a pause
 * opened in its own tab; one whose opening message has not arrived yet is recorded, but can
 * never replace a stored record.
 */
export async function pauseClosed(data: Ended, sender: Browser.runtime.MessageSender, now = Date.now()) {
  if (!siteMatchesSender(data.site, sender)) throw new Error('site does not match the sender');
  const open = (await readOpenPauses()).find((pause) => pause.pauseId === data.pauseId);
  if (open && (open.tabId !== sender.tab?.id || open.site !== data.site)) throw new Error('not a pause of this tab');
  await recordPause(data, open?.startedAt ?? now - data.durationMs);
  return { ok: true as const };
}

/** Ends open pauses as "left the page", each on its own, so one that fails never holds back the rest. */
async function leave(pauses: OpenPause[], now: number): Promise<number> {
  let left = 0;
  for (const pause of pauses) {
    const { tabId: _tab, frameId: _frame, startedAt, ...opened } = pause;
    try {
      await recordPause({ ...opened, outcome: 'left-page', durationMs: now - startedAt }, startedAt);
      left++;
    } catch {
      console.warn('[Steady] could not record a pause that was left open');
    }
  }
  return left;
}

/** A tab closed or navigated with an overlay open: those pauses end as "left the page". */
export async function pausesLeft(tabId: number, now = Date.now()) {
  return leave(
    (await readOpenPauses()).filter((pause) => pause.tabId === tabId),
    now,
  );
}

/**
 * When the worker starts: pauses whose tab is gone (closed while the worker was stopped) or that
 * have been open longer than a pause can be recorded end as "left the page".
 */
export async function settleOpenPauses(now = Date.now()) {
  const stale: OpenPause[] = [];
  for (const pause of await readOpenPauses()) {
    const tabGone = await browser.tabs.get(pause.tabId).then(
      (tab) => !tab,
      () => true,
    );
    if (tabGone || now - pause.startedAt > LONGEST_PAUSE_MS) stale.push(pause);
  }
  return leave(stale, now);
}
