import { computed, signal } from '@preact/signals';
import { readAskedPauses, watchAskedPauses } from '../storage/follow-ups';
import type { JournalRecord, PauseEvent, Rupture } from '../storage';
import type { JournalSource } from './journal-source';

const DAY = 86_400_000;
/** A pause older than this is not asked about any more. */
export const FOLLOW_UP_DAYS = 7;
/** Ruptures are offered a repair prompt for this long after they were logged. */
export const REPAIR_WINDOW_DAYS = 60;
const FOLLOW_UP_OUTCOMES: ReadonlySet<PauseEvent['outcome']> = new Set(['kept-editing', 'saved-for-later']);

/**
 * What the popup gently brings up: one pause to follow up ("How did it go?") and
 * ruptures whose repair prompt is due. Both follow the journal and the asked list live.
 */
export function createPromptsModel(source: JournalSource, now: () => number = Date.now) {
  const recent = signal<JournalRecord[]>([]);
  const asked = signal<string[]>([]);

  const followUp = computed<PauseEvent | undefined>(() => {
    const since = now() - FOLLOW_UP_DAYS * DAY;
    return recent.value
      .filter((record): record is PauseEvent => record.type === 'pause' && FOLLOW_UP_OUTCOMES.has(record.outcome))
      .filter((pause) => pause.at >= since && !asked.value.includes(pause.id))
      .sort((a, b) => b.at - a.at)[0];
  });
  const repairsDue = computed<Rupture[]>(() =>
    recent.value
      .filter((record): record is Rupture => record.type === 'rupture' && record.repairedAt === undefined && record.promptAt <= now())
      .sort((a, b) => a.promptAt - b.promptAt),
  );

  async function load(): Promise<void> {
    const at = now();
    recent.value = await source.range(at - REPAIR_WINDOW_DAYS * DAY, at);
  }

  function start(): () => void {
    void load();
    void readAskedPauses().then((ids) => (asked.value = ids));
    const stopAsked = watchAskedPauses((ids) => (asked.value = ids));
    const stopJournal = source.subscribe(() => void load());
    return () => {
      stopAsked();
      stopJournal();
    };
  }

  return { followUp, repairsDue, load, start };
}
export type PromptsModel = ReturnType<typeof createPromptsModel>;
