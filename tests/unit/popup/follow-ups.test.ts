import { afterEach, describe, expect, it, vi } from 'vitest';
import { putRecords, type JournalRecord } from '@/utils/storage';
import { readAskedPauses } from '@/utils/storage/follow-ups';
import { createJournalSource, type JournalSource } from '@/utils/models/journal-source';
import { createPromptsModel } from '@/utils/models/prompts';
import { followUpAnswered, FOLLOW_UP_REST_MS } from '@/utils/handlers/follow-up';
import { siteLabel } from '@/components/popup/format';

const HOUR = 3_600_000;
const NOW = Date.UTC(2025, 5, 18, 12);
const edited = (id: string, at: number): JournalRecord => ({
  type: 'pause',
  id,
  at,
  site: 'http://127.0.0.1:8123',
  trigger: 'flagged',
  patterns: ['testing'],
  score: 0.8,
  outcome: 'kept-editing',
  durationMs: 4_000,
});

let source: JournalSource;
let stop = () => {};
afterEach(() => {
  stop();
  source?.stop();
});

async function promptsAt(clock: { now: number }) {
  source = createJournalSource();
  const prompts = createPromptsModel(source, () => clock.now);
  stop = prompts.start();
  return prompts;
}

describe('"How did it go?"', () => {
  it('"Not now" rests every follow-up for a day, then asks about the same pause again', async () => {
    await putRecords(Array.from({ length: 12 }, (_, index) => edited(`p${index}`, NOW - (index + 1) * HOUR)));
    const clock = { now: NOW };
    const prompts = await promptsAt(clock);
    await vi.waitFor(() => expect(prompts.followUp.value?.id).toBe('p0'));

    await followUpAnswered({ pauseId: 'p0', answer: 'later' }, NOW);
    await vi.waitFor(() => expect(prompts.followUp.value).toBeUndefined());
    expect(await readAskedPauses()).toEqual([]);

    clock.now = NOW + FOLLOW_UP_REST_MS + 1;
    await prompts.load();
    expect(prompts.followUp.value?.id).toBe('p0');
  });

  it('an answer closes that pause and the next card waits a day; "Don\'t ask" closes it for good', async () => {
    await putRecords([edited('a', NOW - HOUR), edited('b', NOW - 2 * HOUR)]);
    const clock = { now: NOW };
    const prompts = await promptsAt(clock);
    await vi.waitFor(() => expect(prompts.followUp.value?.id).toBe('a'));

    await followUpAnswered({ pauseId: 'a', answer: 'answered' }, NOW);
    await vi.waitFor(() => expect(prompts.followUp.value).toBeUndefined());
    clock.now = NOW + FOLLOW_UP_REST_MS + 1;
    await prompts.load();
    expect(prompts.followUp.value?.id).toBe('b');

    await followUpAnswered({ pauseId: 'b', answer: 'never' }, clock.now);
    expect(await readAskedPauses()).toEqual(['a', 'b']);
  });

  it('names sites as people know them', () => {
    expect(siteLabel('slack')).toBe('Slack');
    expect(siteLabel('http://127.0.0.1:8123')).toBe('127.0.0.1');
    expect(siteLabel('https://chat.example.org')).toBe('chat.example.org');
  });
});
