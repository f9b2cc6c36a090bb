import type { RequestOf } from '../messaging';
import { putRecords } from '../storage';
import { readOpenPauses, removeOpenPauses } from '../storage/open-pauses';

/** Records a finished pause (no text) once: the pause id is the record id. */
export async function pauseClosed(data: RequestOf<'content:pause-closed'>, now = Date.now()) {
  const { pauseId, site, trigger, patterns, score, outcome, durationMs } = data;
  await putRecords([{ type: 'pause', id: pauseId, at: now - durationMs, site, trigger, patterns, score, outcome, durationMs }]);
  await removeOpenPauses([pauseId]);
  return { ok: true as const };
}

/** A tab closed or navigated with an overlay open: those pauses end as "left the page". */
export async function pausesLeft(tabId: number, now = Date.now()) {
  const left = (await readOpenPauses()).filter((pause) => pause.tabId === tabId);
  for (const pause of left) {
    const { tabId: _tab, frameId: _frame, startedAt, ...opened } = pause;
    await pauseClosed({ ...opened, outcome: 'left-page', durationMs: Math.max(0, now - startedAt) }, now);
  }
  return left.length;
}
