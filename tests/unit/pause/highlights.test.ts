import { describe, expect, it } from 'vitest';
import { segmentsOf } from '@/components/overlay/HighlightedDraft';
import { mainPattern } from '@/components/overlay/PauseDialog';

describe('segmentsOf', () => {
  it('marks exactly the noticed stretches and keeps every character once', () => {
    const draft = "I'm so sorry, really sorry.";
    const segments = segmentsOf(draft, [
      { start: 7, end: 12 },
      { start: 21, end: 26 },
    ]);
    expect(segments).toEqual([
      { text: "I'm so ", marked: false },
      { text: 'sorry', marked: true },
      { text: ', really ', marked: false },
      { text: 'sorry', marked: true },
      { text: '.', marked: false },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(draft);
  });

  it('merges overlapping findings and ignores ranges outside the draft', () => {
    const segments = segmentsOf('abcdef', [
      { start: 1, end: 4 },
      { start: 2, end: 5 },
      { start: 10, end: 12 },
    ]);
    expect(segments).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'e', marked: true },
      { text: 'f', marked: false },
    ]);
  });
});

describe('mainPattern', () => {
  it('picks the pattern noticed most often, the first seen on a tie', () => {
    const finding = (pattern: 'over-apology' | 'testing' | 'absolutes') => ({ pattern, start: 0, end: 1, note: '' });
    expect(mainPattern({ findings: [finding('testing'), finding('over-apology'), finding('over-apology')] })).toBe('over-apology');
    expect(mainPattern({ findings: [finding('absolutes'), finding('testing')] })).toBe('absolutes');
    expect(mainPattern({ findings: [] })).toBeUndefined();
  });
});
