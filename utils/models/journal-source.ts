import { browser, type Browser } from 'wxt/browser';
import { monthsBetween, readIndex, readMonths, type JournalRecord } from '../storage';

const MONTH_KEY = /^journal:(\d{4}-\d{2})$/;

/**
 * The journal as a page sees it: months read once and kept until storage says they
 * changed, so the popup's views share reads, and a pause recorded in another tab
 * reaches every view through one storage event.
 */
export type JournalSource = {
  /** The months that hold records, newest first. */
  months: () => Promise<string[]>;
  read: (months: string[]) => Promise<JournalRecord[]>;
  range: (from: number, to: number) => Promise<JournalRecord[]>;
  /** Calls back with the months that changed; returns a function that stops listening. */
  subscribe: (listener: (months: string[]) => void) => () => void;
  stop: () => void;
};

export function createJournalSource(): JournalSource {
  const cache = new Map<string, Promise<JournalRecord[]>>();
  const listeners = new Set<(months: string[]) => void>();
  let index: Promise<string[]> | undefined;

  function onChanged(changes: Record<string, Browser.storage.StorageChange>, area: string) {
    if (area !== 'local') return;
    const changed = Object.keys(changes).flatMap((key) => key.match(MONTH_KEY)?.[1] ?? []);
    if (changed.length === 0 && !('journal' in changes)) return;
    index = undefined;
    for (const month of changed) cache.delete(month);
    for (const listener of listeners) listener(changed);
  }
  browser.storage.onChanged.addListener(onChanged);

  const read = async (months: string[]) => {
    const parts = months.map((month) => {
      let part = cache.get(month);
      if (!part) {
        part = readMonths([month]);
        cache.set(month, part);
      }
      return part;
    });
    return (await Promise.all(parts)).flat();
  };
  const months = () => (index ??= readIndex().then((list) => [...list].reverse()));

  return {
    months,
    read,
    async range(from, to) {
      const wanted = new Set(monthsBetween(from, to));
      const present = (await months()).filter((month) => wanted.has(month));
      return (await read(present)).filter((record) => record.at >= from && record.at <= to);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      browser.storage.onChanged.removeListener(onChanged);
      listeners.clear();
    },
  };
}
