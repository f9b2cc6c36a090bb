import { PEOPLE, loadDrafts, simulate, sum, type PersonResult } from './calibration-simulation';

/**
 * `npm run eval:calibration`: eight weeks of drafts for each simulated person (see
 * ./calibration-simulation), replayed under five seeds, then false and true pauses over the last
 * four weeks without and with what Steady learned. Goal, over all replays: false pauses down by
 * half or more, true pauses down by a tenth or less, every raise within its bound.
 */
const SEEDS = [20261203, 1, 1000, 5555, 424242];
const drafts = loadDrafts();
const change = (before: number, after: number) => (before === 0 ? '—' : `${Math.round(((after - before) / before) * 100)}%`);
/** "false pauses  40 →  16 (-60%)" */
const shift = (label: string, before: number, after: number) =>
  `${label} ${String(before).padStart(3)} → ${String(after).padStart(3)} (${change(before, after)})`;
const all: PersonResult[] = [];
for (const seed of SEEDS) {
  const results = PEOPLE.map((person, index) => simulate(person, drafts, { weeks: 8, seed: seed + index }));
  all.push(...results);
  console.log(`seed ${seed}`);
  for (const { person, before, after, raisesWithinBound, lines } of results) {
    const waiting = lines.filter((line) => line.waitsFor !== undefined).map((line) => `${line.key} → ${line.waitsFor}`);
    console.log(
      `  ${person.padEnd(22)} ${shift('false pauses', before.falsePauses, after.falsePauses)}, ${shift('true pauses', before.truePauses, after.truePauses)}, ` +
        `within bounds ${raisesWithinBound ? 'yes' : 'NO'}; waits for more: ${waiting.join(', ') || 'nothing'}`,
    );
  }
  const before = sum(results.map((result) => result.before));
  const after = sum(results.map((result) => result.after));
  console.log(`  all: false pauses ${change(before.falsePauses, after.falsePauses)}, true pauses ${change(before.truePauses, after.truePauses)}`);
}
const before = sum(all.map((result) => result.before));
const after = sum(all.map((result) => result.after));
const falseDown = 1 - after.falsePauses / before.falsePauses;
const trueDown = 1 - after.truePauses / before.truePauses;
const met = falseDown >= 0.5 && trueDown <= 0.1 && all.every((result) => result.raisesWithinBound);
console.log(
  `${PEOPLE.length} people × ${SEEDS.length} seeds: ` +
    `false pauses ${before.falsePauses} → ${after.falsePauses} (down ${Math.round(falseDown * 100)}%, goal ≥ 50%), ` +
    `true pauses ${before.truePauses} → ${after.truePauses} (down ${Math.round(trueDown * 100)}%, goal ≤ 10%): ${met ? 'goal met' : 'goal NOT met'}`,
);
process.exitCode = met ? 0 : 1;
