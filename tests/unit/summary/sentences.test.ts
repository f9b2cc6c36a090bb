import { describe, expect, it } from 'vitest';
import type { JournalRecord } from '@/utils/storage/schemas';
import { weekSentences } from '@/utils/summary/sentences';
import { summarizeWeek } from '@/utils/summary/weekly';

const start = Date.UTC(2025, 0, 6);
const at = (day: number) => start + day * 86_400_000 + 3_600_000;
const format = (value: number) => value.toFixed(1);

describe('weekSentences', () => {
  it('welcomes an empty week without counting what did not happen', () => {
    const sentences = weekSentences(summarizeWeek([], start), format);
    expect(sentences).toHaveLength(2);
    expect(sentences.join(' ')).not.toMatch(/\d|miss|streak/i);
  });

  it('leads with evidence: days, repairs, pauses that went fine, calmer after grounding', () => {
    const records: JournalRecord[] = [
      { type: 'moment', id: 'a', at: at(0), kind: 'felt-understood' },
      { type: 'moment', id: 'b', at: at(0), kind: 'asked-for-help', pauseId: 'p' },
      { type: 'moment', id: 'c', at: at(3), kind: 'repair-after-rupture', ruptureId: 'r' },
      { type: 'grounding', id: 'g', at: at(4), exercise: 'breathing-478', durationMs: 60_000, completed: true, before: 2, after: 4 },
    ];
    expect(weekSentences(summarizeWeek(records, start), format)).toEqual([
      'On 2 different days this week, connection felt safe enough to note.',
      'A rupture was repaired this week. Connection came back after a hard moment.',
      'Once after a pause, things turned out fine.',
    ]);
  });

  it('speaks of choosing to wait and of grounding when there are no moments', () => {
    const records: JournalRecord[] = [
      { type: 'pause', id: 'p1', at: at(1), site: 'gmail', trigger: 'flagged', patterns: [], score: 0.6, outcome: 'kept-editing', durationMs: 5_000 },
      { type: 'pause', id: 'p2', at: at(2), site: 'gmail', trigger: 'flagged', patterns: [], score: 0.6, outcome: 'saved-for-later', durationMs: 5_000 },
      { type: 'grounding', id: 'g', at: at(4), exercise: 'senses-54321', durationMs: 60_000, completed: true, before: 3, after: 4 },
    ];
    expect(weekSentences(summarizeWeek(records, start), format)).toEqual([
      'You took a breath and chose to edit or wait 2 times.',
      'After grounding, calm went from 3.0 to 4.0 on average.',
    ]);
  });
});
