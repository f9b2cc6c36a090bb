import type { Browser } from 'wxt/browser';
import type { RequestOf } from '../messaging';
import { addOpenPause } from '../storage/open-pauses';

export async function pauseOpened(data: RequestOf<'content:pause-opened'>, sender: Browser.runtime.MessageSender) {
  await addOpenPause({ ...data, tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? 0, startedAt: Date.now() });
  return { ok: true as const };
}
