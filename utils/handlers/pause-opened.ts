import type { Browser } from 'wxt/browser';
import type { RequestOf } from '../messaging';
import { recordStored } from '../storage';
import { addOpenPause } from '../storage/open-pauses';
import { siteMatchesSender } from './sender-site';

/** Notes a pause opened in the sender's tab, for its own site only. */
export async function pauseOpened(data: RequestOf<'content:pause-opened'>, sender: Browser.runtime.MessageSender, now = Date.now()) {
  if (!siteMatchesSender(data.site, sender)) throw new Error('site does not match the sender');
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('no tab');
  await addOpenPause({ ...data, tabId, frameId: sender.frameId ?? 0, startedAt: now }, () => recordStored(data.pauseId, now));
  return { ok: true as const };
}
