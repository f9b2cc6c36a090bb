/** How long a send counts towards "chasing" the same conversation. */
const RECENT_MS = 15 * 60_000;
/** One gesture (keydown, then the form's submit) is one send. */
const SAME_SEND_MS = 1_000;

/** Recent sends per conversation, in memory only (nothing about them is stored). */
export function createSendLog(recentMs = RECENT_MS) {
  const sends = new Map<string, number[]>();
  const recent = (thread: string, now: number) => (sends.get(thread) ?? []).filter((at) => now - at < recentMs);
  return {
    record(thread: string, now = Date.now()): void {
      const times = recent(thread, now);
      if (times.length === 0 || now - times[times.length - 1] >= SAME_SEND_MS) times.push(now);
      sends.set(thread, times);
    },
    count(thread: string, now = Date.now()): number {
      return recent(thread, now).length;
    },
  };
}
export type SendLog = ReturnType<typeof createSendLog>;
