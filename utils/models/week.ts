import { computed, signal } from '@preact/signals';
import { addDays, firstDayOfWeek, weekStart } from '../summary/week';
import { summarizeWeek, type WeekSummary } from '../summary/weekly';
import type { JournalSource } from './journal-source';

/** The week the summary shows (and the one before it, for comparison), following the journal live. */
export function createWeekModel(source: JournalSource, locale: string, now: () => number = Date.now) {
  const firstDay = firstDayOfWeek(locale);
  const thisWeek = () => weekStart(now(), firstDay);
  const shown = signal(thisWeek());
  const current = signal<WeekSummary | undefined>(undefined);
  const previous = signal<WeekSummary | undefined>(undefined);
  const isThisWeek = computed(() => shown.value >= thisWeek());

  async function load(): Promise<void> {
    const shownStart = shown.value;
    const before = addDays(shownStart, -7);
    const records = await source.range(before, addDays(shownStart, 7) - 1);
    if (shownStart !== shown.value) return; // a newer navigation won
    current.value = summarizeWeek(records, shownStart);
    previous.value = summarizeWeek(records, before);
  }

  function go(weeks: -1 | 1): Promise<void> {
    const next = addDays(shown.value, 7 * weeks);
    if (next > thisWeek()) return Promise.resolve();
    shown.value = next;
    return load();
  }

  function start(): () => void {
    void load();
    return source.subscribe(() => void load());
  }

  return { current, previous, isThisWeek, go, load, start };
}
export type WeekModel = ReturnType<typeof createWeekModel>;
