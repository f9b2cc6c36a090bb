import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

const NOTIFICATIONS = { permissions: ['notifications' as const] };

/**
 * Asks for the optional notifications permission. Call it first thing in the click that
 * turned a reminder on: the browser only asks inside a user gesture. A refusal is an answer, not an error.
 */
export function askForNotifications(): Promise<boolean> {
  return browser.permissions.request(NOTIFICATIONS).catch(() => false);
}

/** Whether Steady may show notifications, following grants and removals while the page is open. */
export function useNotificationsAllowed(): boolean | undefined {
  const [allowed, setAllowed] = useState<boolean>();
  useEffect(() => {
    const check = () => void browser.permissions.contains(NOTIFICATIONS).then(setAllowed, () => setAllowed(false));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  return allowed;
}
