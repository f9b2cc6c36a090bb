import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { buildHost, CALM, CHARGED, clickAt, HOSTS, overlay, settledDeliveries, steadyReady, typeDraft, type HostKind } from './pause-support';

const SENDS_PER_RUN = 16;
const KINDS: HostKind[] = ['chat', 'mail', 'trusted-only', 'frame'];
/** 20 runs of 16 sends: 320 sends, split so each test stays short and runs can go in parallel. */
const RUNS = Array.from({ length: 20 }, (_, index) => ({ kind: KINDS[index % KINDS.length], seed: 101 + index }));
const CHOICES = ['Send anyway', 'Keep editing', 'Save for later'] as const;

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

async function send(page: Page, kind: HostKind, how: string): Promise<void> {
  if (how === 'button') await clickAt(page, page.getByRole('button', { name: 'Send', exact: true }));
  else await page.keyboard.press(how);
}

for (const { kind, seed } of RUNS) {
  test(`randomised sends on the ${kind} host (seed ${seed}): none lost, none doubled`, async ({ context, fixtureOrigin }) => {
    const pick = random(seed);
    const page = await context.newPage();
    await buildHost(page, fixtureOrigin, kind);
    await steadyReady(page);
    const ways = [...HOSTS[kind].sendKeys, ...(HOSTS[kind].button ? ['button'] : [])];
    const expected: string[] = [];
    let paused = 0;
    for (let index = 0; index < SENDS_PER_RUN; index++) {
      const charged = pick([true, false]);
      const text = `${charged ? CHARGED : CALM} (${index})`;
      await typeDraft(page, kind, text);
      const before = expected.length;
      await send(page, kind, pick(ways));
      // Either the site took it at once, or Steady paused it: never both, never neither.
      await page.waitForFunction(
        (count) => (window as unknown as { __delivered: string[] }).__delivered.length > count || [...document.querySelectorAll('steady-pause')].some((host) => host.shadowRoot?.querySelector('[role="dialog"]')),
        before,
      );
      if ((await overlay(page).count()) === 0) {
        expect(charged, `a charged draft was sent without a pause (${text})`).toBe(false);
        expected.push(text);
      } else {
        paused++;
        const choice = pick(CHOICES);
        await overlay(page).getByRole('button', { name: choice }).click();
        if (choice === 'Send anyway') {
          if (kind === 'trusted-only') {
            await expect(page.locator('steady-pause [role="status"]').last()).toHaveText('Press Enter to send.');
            await page.keyboard.press('Enter');
          }
          expected.push(text);
        }
      }
      await page.waitForFunction((count) => (window as unknown as { __delivered: string[] }).__delivered.length === count, expected.length);
    }
    const final = (await settledDeliveries(page)).map((text) => text.trim());
    const lost = expected.filter((text) => !final.includes(text)).length;
    const duplicated = final.length - new Set(final).size + final.filter((text) => !expected.includes(text)).length;
    console.log(`random run ${kind}/${seed}: ${SENDS_PER_RUN} sends, ${paused} paused, ${final.length} delivered, ${lost} lost, ${duplicated} duplicated`);
    expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    expect(final).toEqual(expected);
  });
}
