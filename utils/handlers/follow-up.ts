import type { RequestOf } from '../messaging';
import { followUpsRestItem, markPausesAsked } from '../storage/follow-ups';
import { enqueueWrite } from '../storage/writer';

export const FOLLOW_UP_REST_MS = 86_400_000;

/**
 * The person's answer to "How did it go?". Any answer rests follow-ups for a day;
 * "later" leaves the pause to be asked again after that, the others close it.
 */
export async function followUpAnswered(data: RequestOf<'page:follow-up'>, now = Date.now()) {
  if (data.answer !== 'later') await markPausesAsked([data.pauseId]);
  // A rest already running is kept, so a repeated answer (a retried message) changes nothing.
  await enqueueWrite(async () => {
    if ((await followUpsRestItem.getValue()) > now) return;
    await followUpsRestItem.setValue(now + FOLLOW_UP_REST_MS);
  });
  return { ok: true as const };
}
