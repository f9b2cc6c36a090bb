import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '@/utils/reflection/features';
import { modelFor, weightsMatchFeatures } from '@/utils/reflection/model';
import { PATTERN_IDS } from '@/utils/storage/schemas';

describe('the shipped scorer', () => {
  it('was trained on the features the analyzer reads, in their order', () => {
    expect(weightsMatchFeatures()).toBe(true);
    for (const language of ['en', 'es'] as const) {
      const model = modelFor(language);
      expect(model.pause).toHaveLength(FEATURE_NAMES.length + model.vocabulary.length);
      for (const pattern of PATTERN_IDS) expect(model.patterns[pattern]).toHaveLength(FEATURE_NAMES.length);
    }
  });
});
