import { computed, signal } from '@preact/signals';
import type { MicroMoment } from '../storage';
import type { JournalSource } from './journal-source';

export const HISTORY_PAGE = 30;

/**
 * Saved moments, newest first, read month by month: a page shows what it has read
 * and reads further months only when asked, so 20,000 records cost no more than 30.
 */
export function createHistoryModel(source: JournalSource) {
  const byMonth = signal(new Map<string, MicroMoment[]>());
  const exhausted = signal(false);
  const shown = signal(HISTORY_PAGE);

  const all = computed(() => [...byMonth.value.values()].flat().sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1)));
  const moments = computed(() => all.value.slice(0, shown.value));
  const hasMore = computed(() => all.value.length > shown.value || !exhausted.value);

  async function readMonth(month: string): Promise<MicroMoment[]> {
    return (await source.read([month])).filter((record) => record.type === 'moment');
  }

  /** Reads older months until there is enough to show, or nothing is left. */
  async function fill(): Promise<void> {
    const months = await source.months();
    const next = new Map(byMonth.value);
    let count = all.value.length;
    for (const month of months) {
      if (count >= shown.value) break;
      if (next.has(month)) continue;
      const moments = await readMonth(month);
      next.set(month, moments);
      count += moments.length;
    }
    exhausted.value = months.every((month) => next.has(month));
    byMonth.value = next;
  }

  async function showMore(): Promise<void> {
    shown.value += HISTORY_PAGE;
    await fill();
  }

  /** Re-reads the months that changed if they are shown, and any month newer than those shown. */
  async function refresh(changed: string[]): Promise<void> {
    const loaded = [...byMonth.value.keys()];
    const newest = loaded.reduce((max, month) => (month > max ? month : max), '');
    const next = new Map(byMonth.value);
    for (const month of changed) {
      if (next.has(month) || month > newest) next.set(month, await readMonth(month));
    }
    byMonth.value = next;
    await fill();
  }

  function start(): () => void {
    void fill();
    return source.subscribe((changed) => void refresh(changed));
  }

  return { moments, hasMore, showMore, start };
}
export type HistoryModel = ReturnType<typeof createHistoryModel>;
