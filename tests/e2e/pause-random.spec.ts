import { test, expect } from './fixtures';
import { COMPOSERS } from './composers';
import { addCounts, Lane, zeroCounts, type LaneCounts } from './random-sends';
import { FAULT_COUNTS, SEND_COUNTS, type FaultCounts, type SendCounts } from './send-count-reporter';

/**
 * Randomised sends on every composer fixture (./random-sends): calm and charged drafts, some over
 * two lines, sent by the host's send key or a click on its send control, every choice in the
 * pause, and in about half the sends one thing going wrong: a step of the send path that throws,
 * a pause kit that never comes, the composer detached or its words changed under the pause.
 * Nothing may be lost, delivered twice, swallowed, or sent by a newline key.
 *
 * Each fixture runs LANES browsers side by side (most of a send is waiting on the page and on
 * Steady's timers, so two cores keep several busy). STEADY_RANDOM_SEED replays a run exactly;
 * STEADY_RANDOM_SENDS sets the sends per fixture.
 */
const SEED = Number(process.env.STEADY_RANDOM_SEED ?? 20_261_123);
const LANES = Number(process.env.STEADY_RANDOM_LANES ?? 3);
/** 18 fixtures × 56 sends: 1,008 sends in a run. */
const SENDS_PER_FIXTURE = Number(process.env.STEADY_RANDOM_SENDS ?? 56);

// A trace of several browsers over minutes of sends costs more than the sends: each lane's log says what happened.
test.use({ trace: 'off' });

for (const [index, fixture] of COMPOSERS.entries()) {
  const seed = SEED + index * 100;
  test(`randomised sends with faults on ${fixture.name} (seeds ${seed}+): none lost, doubled or swallowed`, async ({ fixtureOrigin }, testInfo) => {
    test.setTimeout(600_000);
    const rounds = Math.ceil(SENDS_PER_FIXTURE / LANES);
    const lanes = Array.from({ length: LANES }, (_, lane) => new Lane(fixture, fixtureOrigin, seed + lane, `${fixture.name}/${lane}`));
    const total: LaneCounts = zeroCounts();
    const requests: string[] = [];
    const failures: unknown[] = [];
    try {
      await Promise.all(
        lanes.map(async (lane) => {
          try {
            await lane.start();
            for (let round = 0; round < rounds; round++) await lane.round(round);
          } catch (error) {
            failures.push(error);
          } finally {
            // Counted and printed even when a round failed, so a run shows what it lost.
            addCounts(total, await lane.finish().catch(() => lane.counts));
            requests.push(...(await lane.close().catch((error: unknown) => (failures.push(error), []))));
          }
        }),
      );
    } finally {
      const faults = Object.entries(total.disturbances)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, count]) => `${name} ${count}`)
        .join(', ');
      console.log(
        `random run ${fixture.name} (seeds ${seed}–${seed + LANES - 1}): sends ${total.sends} (paused ${total.paused}, newline keys ${total.newlines}), ` +
          `delivered ${total.delivered} of ${total.expected}, lost ${total.lost}, duplicated ${total.duplicated}, swallowed ${total.swallowed}, ` +
          `unwanted ${total.unwanted}, newlines sent ${total.newlinesSent}, stuck pauses ${total.stuckPauses}, wrong verdicts ${total.wrongVerdicts}, ` +
          `asked again ${total.askedAgain}, retried ${total.retried}; disturbances: ${faults}`,
      );
      const sendCounts: SendCounts = {
        fixture: fixture.name,
        seed,
        sends: total.sends,
        expected: total.expected,
        delivered: total.delivered,
        lost: total.lost,
        duplicated: total.duplicated,
      };
      await testInfo.attach(SEND_COUNTS, { body: JSON.stringify(sendCounts), contentType: 'application/json' });
      const faultCounts: FaultCounts = { fixture: fixture.name, ...total };
      await testInfo.attach(FAULT_COUNTS, { body: JSON.stringify(faultCounts), contentType: 'application/json' });
    }
    for (const failure of failures.slice(1)) console.log(`another lane failed: ${failure instanceof Error ? failure.message : String(failure)}`);
    if (failures.length > 0) throw failures[0];
    expect(requests, 'network requests made by Steady').toEqual([]);
    expect({
      lost: total.lost,
      duplicated: total.duplicated,
      swallowed: total.swallowed,
      unwanted: total.unwanted,
      newlinesSent: total.newlinesSent,
      stuckPauses: total.stuckPauses,
      wrongVerdicts: total.wrongVerdicts,
    }).toEqual({ lost: 0, duplicated: 0, swallowed: 0, unwanted: 0, newlinesSent: 0, stuckPauses: 0, wrongVerdicts: 0 });
  });
}
