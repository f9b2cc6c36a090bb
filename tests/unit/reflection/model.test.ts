import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '@/utils/reflection/features';
import { modelFor, weightsMatchFeatures } from '@/utils/reflection/model';
import { PATTERN_IDS } from '@/utils/storage/schemas';

describe('the shipped scorer', () => {
  it('was trained on the features the analyzer reads, in their order', () => {
    expect(weightsMatchFeatures()).toBe(true);
    for (const language of ['en', 'es'] as const) {
      const model = modelFor(language);
      expect(model.pause.named).toHaveLength(FEATURE_NAMES.length);
      for (const pattern of PATTERN_IDS) expect(model.patterns[pattern].named).toHaveLength(FEATURE_NAMES.length);
    }
  });

  it('leaves the rules out of the pattern models, and weighs words in all of them', () => {
    const rules = FEATURE_NAMES.flatMap((name, index) => (name.startsWith('rule:') ? [index] : []));
    for (const language of ['en', 'es'] as const) {
      const model = modelFor(language);
      expect(Object.keys(model.pause.words).length).toBeGreaterThan(20);
      for (const pattern of PATTERN_IDS) expect(rules.map((index) => model.patterns[pattern].named[index])).toEqual(rules.map(() => 0));
    }
  });
});
