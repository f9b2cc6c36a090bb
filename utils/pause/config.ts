import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentConfig } from '../messaging';
import { readConfigPush, sendMessage } from '../messaging/content';

/**
 * Keeps the settings a pause decision needs in memory, so deciding stays synchronous:
 * fetched at start, pushed by the background on change, re-read when the tab is shown.
 */
export function watchConfig(ctx: ContentScriptContext, onConfig: (config: ContentConfig) => void): void {
  const load = () =>
    sendMessage('content:get-config', {}).then(
      (config) => ctx.isValid && onConfig(config),
      () => undefined,
    );
  const pushed = (message: unknown) => {
    const config = readConfigPush(message);
    if (config && ctx.isValid) onConfig(config);
  };
  browser.runtime.onMessage.addListener(pushed);
  // An orphaned script (the extension reloaded) has no runtime left to unsubscribe from.
  ctx.onInvalidated(() => browser.runtime?.onMessage.removeListener(pushed));
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void load();
  });
  void load();
}
