import { browser } from 'wxt/browser';
import { popupStartItem } from '../storage/popup-start';

export const BREATHING_COMMAND = 'start-breathing';

/**
 * Opens the popup on its breathing view. The popup cannot be given an address, so
 * the view is left in session storage for it to pick up; where the browser cannot
 * open the popup (no focused window, or no `openPopup`), the same view opens in a tab.
 */
export async function openBreathing(): Promise<void> {
  await popupStartItem.setValue('breathe');
  try {
    await browser.action.openPopup();
  } catch {
    await popupStartItem.removeValue();
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html#breathe') });
  }
}

export function startCommands(): void {
  browser.commands?.onCommand.addListener((command) => {
    if (command === BREATHING_COMMAND) void openBreathing();
  });
}
