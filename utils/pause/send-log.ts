/** How long a send counts towards "chasing" the same conversation. */
const RECENT_MS = 15 * 60_000;

/**
 * Recent sends per conversation, in memory only (nothing about them is stored). One entry per
 * send, however quick: the send flow already counts each gesture once (keydown and the form's
 * submit after it are one send), so five quick messages are five.
 */
export function createSendLog(recentMs = RECENT_MS) {
  const sends = new Map<string, number[]>();
  const recent = (thread: string, now: number) => (sends.get(thread) ?? []).filter((at) => now - at < recentMs);
  return {
    record(thread: string, now = Date.now()): void {
      sends.set(thread, [...recent(thread, now), now]);
    },
    count(thread: string, now = Date.now()): number {
      return recent(thread, now).length;
    },
  };
}
export type SendLog = ReturnType<typeof createSendLog>;
