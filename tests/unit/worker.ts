import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { dispatch } from '@/utils/messaging';
import { handlers } from '@/utils/handlers';

/** A message sender as the browser describes one of Steady's own pages. */
export const pageSender = (): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

/**
 * Delivers every `runtime.sendMessage` to the worker's dispatcher, as the browser would (the fake
 * browser does not pass a listener's promised answer back). Returns the messages delivered.
 */
export function routeMessagesToWorker(sender: Browser.runtime.MessageSender = pageSender()): unknown[] {
  const delivered: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) => {
    delivered.push(message);
    return dispatch(handlers, message, sender);
  }) as never);
  return delivered;
}
