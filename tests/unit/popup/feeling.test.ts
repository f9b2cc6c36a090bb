import { describe, expect, it } from 'vitest';
import { feelingEcho, toggleFeeling } from '@/components/popup/grounding/Feeling';

describe('name the feeling', () => {
  it('keeps both feelings when a third is picked, and says why', () => {
    const two = toggleFeeling(toggleFeeling([], 'hurt').picked, 'lonely');
    expect(two).toEqual({ picked: ['hurt', 'lonely'], full: false });
    expect(toggleFeeling(two.picked, 'anxious')).toEqual({ picked: ['hurt', 'lonely'], full: true });
    expect(toggleFeeling(two.picked, 'hurt')).toEqual({ picked: ['lonely'], full: false });
  });

  it('echoes the feelings in a sentence', () => {
    expect(feelingEcho(['Hurt', 'Lonely'], 'en')).toBe('It makes sense to feel hurt and lonely.');
    expect(feelingEcho(['Tired'], 'en')).toBe('It makes sense to feel tired.');
  });
});
