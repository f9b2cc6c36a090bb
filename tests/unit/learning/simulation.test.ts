import { describe, expect, it } from 'vitest';
import { PEOPLE, loadDrafts, simulate, sum } from '../../../scripts/calibration-simulation';

// A smaller replay of `npm run eval:calibration`: six weeks at half the messages a day.
describe('calibration replayed for simulated people', () => {
  const drafts = loadDrafts();
  const results = PEOPLE.map((person, index) => simulate(person, drafts, { weeks: 6, seed: 7 + index, scale: 0.5 }));
  const before = sum(results.map((result) => result.before));
  const after = sum(results.map((result) => result.after));
  console.log(`calibration replay: false pauses ${before.falsePauses} → ${after.falsePauses}, true pauses ${before.truePauses} → ${after.truePauses}`);

  it('pauses needlessly less once people have answered', () => {
    expect(before.falsePauses).toBeGreaterThan(20);
    expect(after.falsePauses).toBeLessThanOrEqual(before.falsePauses * 0.75);
  });

  it('keeps nine in ten of the pauses that were needed, and every raise within its bound', () => {
    expect(after.truePauses).toBeGreaterThanOrEqual(before.truePauses * 0.9);
    expect(results.every((result) => result.raisesWithinBound)).toBe(true);
  });

  it('costs someone with no such habit no more than two needed pauses', () => {
    const calm = results.find((result) => result.person === 'no habit')!;
    expect(calm.after.truePauses).toBeGreaterThanOrEqual(calm.before.truePauses - 2);
  });
});
