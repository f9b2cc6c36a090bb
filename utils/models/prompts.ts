import { computed, signal } from '@preact/signals';
import { readAskedPauses, readFollowUpsRest, watchAskedPauses, watchFollowUpsRest } from '../storage/follow-ups';
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
  const restUntil = signal(0);
  /** When the journal was last read: the time prompts are judged at, so a new read re-judges them. */
  const readAt = signal(now());

  const followUp = computed<PauseEvent | undefined>(() => {
    if (restUntil.value > readAt.value) return undefined;
    const since = readAt.value - FOLLOW_UP_DAYS * DAY;
    return recent.value
      .filter((record): record is PauseEvent => record.type === 'pause' && FOLLOW_UP_OUTCOMES.has(record.outcome))
      .filter((pause) => pause.at >= since && !asked.value.includes(pause.id))
      .sort((a, b) => b.at - a.at)[0];
  });
  const repairsDue = computed<Rupture[]>(() =>
    recent.value
      .filter((record): record is Rupture => record.type === 'rupture' && record.repairedAt === undefined && record.promptAt <= readAt.value)
      .sort((a, b) => a.promptAt - b.promptAt),
  );

  /** Every rupture not yet repaired, newest first, so one can be marked repaired before its prompt is due. */
  const openRuptures = computed<Rupture[]>(() =>
    recent.value.filter((record): record is Rupture => record.type === 'rupture' && record.repairedAt === undefined).sort((a, b) => b.at - a.at),
  );

  async function load(): Promise<void> {
    const at = now();
    recent.value = await source.range(at - REPAIR_WINDOW_DAYS * DAY, at);
    readAt.value = at;
  }

  function start(): () => void {
    void load();
    void readAskedPauses().then((ids) => (asked.value = ids));
    const stopAsked = watchAskedPauses((ids) => (asked.value = ids));
    void readFollowUpsRest().then((until) => (restUntil.value = until));
    const stopRest = watchFollowUpsRest((until) => (restUntil.value = until));
    const stopJournal = source.subscribe(() => void load());
    return () => {
      stopAsked();
      stopRest();
      stopJournal();
    };
  }

  return { followUp, repairsDue, openRuptures, load, start };
}
export type PromptsModel = ReturnType<typeof createPromptsModel>;
