import { describe, expect, it } from 'vitest';
import { createSendLog } from '@/utils/pause/send-log';

describe('createSendLog', () => {
  it('counts recent sends per conversation and forgets old ones', () => {
    const log = createSendLog(60_000);
    log.record('thread-a', 0);
    log.record('thread-a', 5_000);
    log.record('thread-b', 6_000);
    expect(log.count('thread-a', 10_000)).toBe(2);
    expect(log.count('thread-b', 10_000)).toBe(1);
    expect(log.count('thread-a', 61_000)).toBe(1);
    expect(log.count('thread-a', 70_000)).toBe(0);
  });

  it('counts quick sends one by one', () => {
    const log = createSendLog();
    for (const at of [1_000, 1_150, 1_300, 1_450, 1_600]) log.record('thread', at);
    expect(log.count('thread', 2_000)).toBe(5);
  });
});
