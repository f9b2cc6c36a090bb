import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { COMPOSERS } from './composers';
import { openFixture, sendFrom, typeInto } from './composer-support';
import { CALM, CHARGED, delivered, overlay, settledDeliveries, steadyReady } from './pause-support';
import { SEND_COUNTS, type SendCounts } from './send-count-reporter';

/**
 * Randomised sends on every composer fixture: calm and charged drafts, sent by the host's
 * send key or a click on its send control, and every choice in the pause. Nothing may be
 * lost and nothing delivered twice. STEADY_RANDOM_SEED replays a run exactly.
 */
const SEED = Number(process.env.STEADY_RANDOM_SEED ?? 20_261_123);
/** 13 fixtures × 24 sends: 312 sends in a run. */
const SENDS_PER_FIXTURE = 24;
const CHOICES = ['Send anyway', 'Keep editing', 'Save for later'] as const;
const WAYS = ['key', 'button'] as const;

/** A small seeded generator, so a failing run can be replayed exactly. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
}

/** Waits until the host took the send or Steady paused it; returns whether it paused. */
async function pausedOrDelivered(page: Page, before: number): Promise<boolean> {
  await page.waitForFunction(
    (count) =>
      (window as unknown as { __delivered: string[] }).__delivered.length > count ||
      [...document.querySelectorAll('steady-pause')].some((host) => host.shadowRoot?.querySelector('[role="dialog"]')),
    before,
    { timeout: 15_000 },
  );
  return (await overlay(page).count()) > 0;
}

/** Each message counted once: what was expected and never came, and what came more than expected. */
function tally(expected: string[], final: string[]): Pick<SendCounts, 'lost' | 'duplicated'> {
  const left = [...final];
  let lost = 0;
  for (const text of expected) {
    const at = left.indexOf(text);
    if (at === -1) lost++;
    else left.splice(at, 1);
  }
  return { lost, duplicated: left.length };
}

for (const [index, fixture] of COMPOSERS.entries()) {
  const seed = SEED + index;
  test(`randomised sends on ${fixture.name} (seed ${seed}): none lost, none doubled`, async ({ context, fixtureOrigin }, testInfo) => {
    test.setTimeout(240_000);
    const pick = random(seed);
    const page = await context.newPage();
    const composer: Locator = await openFixture(page, fixtureOrigin, fixture);
    await steadyReady(page);
    const expected: string[] = [];
    const choices = { 'Send anyway': 0, 'Keep editing': 0, 'Save for later': 0 };
    let sends = 0;
    let final: string[] = [];
    try {
      for (let round = 0; round < SENDS_PER_FIXTURE; round++) {
        const charged = pick([true, false]);
        const text = `${charged ? CHARGED : CALM} (${round})`;
        const how = pick(WAYS);
        await typeInto(page, composer, text);
        sends++;
        await sendFrom(page, fixture, how);
        const paused = await pausedOrDelivered(page, expected.length);
        expect(paused, `round ${round}: a ${charged ? 'charged' : 'calm'} draft sent by ${how} ${paused ? 'paused' : 'went out at once'}`).toBe(charged);
        if (paused) {
          const choice = pick(CHOICES);
          choices[choice]++;
          // Notes from earlier rounds may still show: mark them, to tell this round's apart.
          await page.evaluate(() => document.querySelectorAll('steady-pause').forEach((note) => note.setAttribute('data-earlier', '')));
          await overlay(page).getByRole('button', { name: choice }).click();
          await expect(overlay(page)).toHaveCount(0);
          if (choice === 'Send anyway' && fixture.replayIgnored) {
            // The host ignored Steady's replay: once Steady asks for it, the person's own next send goes through.
            await expect(page.locator('steady-pause:not([data-earlier]) [role="status"]', { hasText: /^Press / })).toBeVisible();
            await sendFrom(page, fixture, pick(WAYS));
          }
          if (choice === 'Send anyway') expected.push(text);
        } else {
          expected.push(text);
        }
        await expect.poll(() => delivered(page), { message: `round ${round}: deliveries` }).toHaveLength(expected.length);
      }
    } finally {
      // Counted and printed even when a round failed, so a run shows what it lost.
      final = await settledDeliveries(page).catch(() => delivered(page).catch(() => []));
      const counts: SendCounts = { fixture: fixture.name, seed, sends, expected: expected.length, delivered: final.length, ...tally(expected, final) };
      console.log(
        `random run ${fixture.name} (seed ${seed}): sends ${sends} (paused: ${choices['Send anyway']} sent anyway, ${choices['Keep editing']} kept editing, ${choices['Save for later']} saved), ` +
          `delivered ${counts.delivered} of ${counts.expected}, lost ${counts.lost}, duplicated ${counts.duplicated}`,
      );
      await testInfo.attach(SEND_COUNTS, { body: JSON.stringify(counts), contentType: 'application/json' });
    }
    expect(tally(expected, final)).toEqual({ lost: 0, duplicated: 0 });
    expect(final).toEqual(expected);
  });
}
