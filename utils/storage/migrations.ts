/**
 * Stored values from older versions, brought to the current shape. Pure functions: each takes
 * what was stored and returns what should be, leaves anything it does not recognise untouched
 * (validation sets that aside later), and gives the same answer when run twice.
 */

/**
 * No one can read a pause and choose within this long of its window opening: a "Send anyway"
 * recorded sooner was Steady failing open when its window could not be shown.
 */
export const FASTEST_CHOICE_MS = 500;

/**
 * Journal month, v1 → v2: pause outcomes gained values for what Steady did itself. Version 1
 * recorded a pause whose window failed to show as the person's "Send anyway", with no time
 * between opening and closing; those become `failed-open`, so they leave the person's counts.
 */
export function journalMonthV2(month: unknown): unknown {
  if (!month || typeof month !== 'object' || Array.isArray(month)) return month;
  const migrated: Record<string, unknown> = {};
  for (const [id, record] of Object.entries(month)) {
    const pause = record as { type?: unknown; outcome?: unknown; durationMs?: unknown };
    const failedOpen =
      pause?.type === 'pause' && pause.outcome === 'sent-anyway' && typeof pause.durationMs === 'number' && pause.durationMs < FASTEST_CHOICE_MS;
    migrated[id] = failedOpen ? { ...pause, outcome: 'failed-open' } : record;
  }
  return migrated;
}

/** Each journal version's step from the one before. */
const JOURNAL_STEPS: Record<number, (month: unknown) => unknown> = { 2: journalMonthV2 };

/** A journal month stored at version `from`, brought through every step up to version `to`. */
export function upgradeJournalMonth(month: unknown, from: number, to: number): unknown {
  let value = month;
  for (let version = from + 1; version <= to; version++) value = JOURNAL_STEPS[version]?.(value) ?? value;
  return value;
}
