import type { RequestOf } from '../messaging';
import { markPausesAsked } from '../storage/follow-ups';

export async function markPageAsked(data: RequestOf<'page:mark-asked'>) {
  await markPausesAsked(data.pauseIds);
  return { ok: true as const };
}
