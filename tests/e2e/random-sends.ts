import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { expect } from './fixtures';
import type { ComposerFixture } from './composers';
import { focusComposer, openFixture, sendFrom, typeInto, usualSend, visibleDraft } from './composer-support';
import { launchWithSteady } from './launch';
import { watchExtensionRequests } from './network';
import { CALM, CHARGED, overlay, steadyReady } from './pause-support';

/**
 * One lane of randomised sends: a browser of its own with Steady, one composer fixture, and a
 * seeded sequence of rounds. Each round is one send a person makes (a calm or charged draft,
 * perhaps over two lines, sent by key or by click), sometimes with one thing going wrong:
 * a step of Steady's send path that throws (the e2e build's fault injection), a pause kit that
 * does not arrive, the composer detached while the pause is open, or the words changed under it.
 *
 * What must hold, whatever happened: a send goes out exactly once (as if Steady were absent,
 * when Steady fails), or, when the person chose Keep editing or Save for later (or Send anyway
 * on words that changed under the pause), it does not go out and the draft is still there.
 */

/** Every step of the send path the e2e build can make throw (`data-steady-fault` on the page). */
export const FAULT_STEPS = [
  'verdict',
  'wait-for-kit',
  'open-pause',
  'close-pause',
  'save-draft',
  'keep-draft-safe',
  'replay',
  'watch-delivery',
  'ask-for-press',
  'record',
  'count-send',
] as const;
export type FaultStep = (typeof FAULT_STEPS)[number];

type Choice = 'Send anyway' | 'Keep editing' | 'Save for later';
const CHOICES: readonly Choice[] = ['Send anyway', 'Keep editing', 'Save for later'];

/** What goes wrong in a round, if anything. */
type Disturbance =
  | { kind: 'none' }
  | { kind: 'fault'; step: FaultStep }
  /** The worker is kept busy past Steady's 3 s wait, so the kit never comes in time for this send. */
  | { kind: 'kit-missing' }
  /** The page takes the composer out while the pause is open, and puts the same element back. */
  | { kind: 'detach'; back: true }
  /** The page takes the composer out while the pause is open, for good (a conversation closed). */
  | { kind: 'detach'; back: false }
  /** The page changes the draft's words while the pause is open. */
  | { kind: 'words-changed' };

type Plan = {
  charged: boolean;
  /** A second line, after the host's newline key. */
  secondLine?: string;
  how: 'key' | 'button';
  choice: Choice;
  /** Escape for Keep editing, Enter on a focused button otherwise; else a click. */
  byKeyboard: boolean;
  disturbance: Disturbance;
};

const CALMS = [CALM, 'Thanks, the tickets are on the fridge.', 'Running ten minutes late, save me a seat.', 'Can you pick up bread on the way home?'];
const CHARGEDS = [CHARGED];
const SECOND_LINES = ['See you later.', 'Let me know what works.', 'Talk soon.'];
/** A note from Steady that asks the person to send once more. */
const ASKS_FOR_A_PRESS = /^Press |send it as you usually would|your next send goes straight through/;

/**
 * Composers whose words a page script can change faithfully (a textarea's value, or a plain
 * editable region the page reads as is). Framework editors keep their own model and may put
 * the DOM back, so there a detached composer stands in for changed words.
 */
const PLAIN_DOM = new Set([
  'textarea-form',
  'react-textarea',
  'autocomplete',
  'trusted-only',
  'gmail-like',
  'iframe-editor',
  'slow-ack',
  'remount',
  'replace-after-send',
  'iframe-mail',
  'comment-form',
]);

/** A small seeded generator, so a failing run can be replayed exactly. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value ^= value + Math.imul(value ^ (value >>> 7), 61 | value);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  return {
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (probability: number) => next() < probability,
  };
}

export type LaneCounts = {
  /** Sends the person made (first presses; a press Steady asked for, or a retry, is part of the same send). */
  sends: number;
  /** Sends that were to arrive (not kept back by the person's choice). */
  expected: number;
  delivered: number;
  lost: number;
  duplicated: number;
  /** Arrived although the person chose not to send (or the words changed under the pause). */
  unwanted: number;
  /** Neither arrived nor left the draft in place (in the composer, or saved in Steady when the composer is gone). */
  swallowed: number;
  newlines: number;
  newlinesSent: number;
  paused: number;
  /** Charged drafts that went out with no pause and nothing in the way, or calm ones that paused. */
  wrongVerdicts: number;
  /** Pause windows that did not go away after a choice. */
  stuckPauses: number;
  /** Steady asked for one more press, and the person gave it. */
  askedAgain: number;
  /** Nothing happened after a send that should have gone, and the person pressed again. */
  retried: number;
  disturbances: Record<string, number>;
};

const emptyCounts = (): LaneCounts => ({
  sends: 0,
  expected: 0,
  delivered: 0,
  lost: 0,
  duplicated: 0,
  unwanted: 0,
  swallowed: 0,
  newlines: 0,
  newlinesSent: 0,
  paused: 0,
  wrongVerdicts: 0,
  stuckPauses: 0,
  askedAgain: 0,
  retried: 0,
  disturbances: {},
});

export function addCounts(into: LaneCounts, from: LaneCounts): LaneCounts {
  for (const key of Object.keys(from) as Array<keyof LaneCounts>) {
    if (key === 'disturbances') for (const [name, count] of Object.entries(from.disturbances)) into.disturbances[name] = (into.disturbances[name] ?? 0) + count;
    else into[key] += from[key];
  }
  return into;
}

export const zeroCounts = emptyCounts;

/** One round as it went, for the report of a failing run. */
type RoundLog = {
  round: number;
  tag: string;
  plan: string;
  expected: 0 | 1;
  /** Where the draft was at the end of the round, when it did not go out. */
  kept?: 'composer' | 'steady';
  events: string[];
  ms?: number;
};

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

function keepWorkerBusy(worker: Worker, ms: number): Promise<void> {
  return worker.evaluate((until) => {
    while (Date.now() < until);
  }, Date.now() + ms);
}

/** What the page shows right now about one round's send. */
type Seen = { delivered: number; dialog: boolean; asks: string[]; notes: string[] };

function look(page: Page, tag: string): Promise<Seen> {
  return page.evaluate(
    ({ tag, asks }) => {
      const delivered = ((window as unknown as { __delivered?: string[] }).__delivered ?? []).filter((text) => text.includes(tag)).length;
      const hosts = [...document.querySelectorAll('steady-pause')];
      const dialog = hosts.some((host) => host.shadowRoot?.querySelector('[role="dialog"]'));
      const notes = hosts
        .filter((host) => !host.hasAttribute('data-earlier'))
        .map((host) => host.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() ?? '')
        .filter(Boolean);
      return { delivered, dialog, notes, asks: notes.filter((note) => new RegExp(asks).test(note)) };
    },
    { tag, asks: ASKS_FOR_A_PRESS.source },
  );
}

/** Waits until the round's words arrived, a pause opened or Steady asked for a press, or `timeout` passed; then looks. */
async function waitForSign(page: Page, tag: string, timeout: number): Promise<Seen> {
  await page
    .waitForFunction(
      ({ tag, asks }) => {
        if (((window as unknown as { __delivered?: string[] }).__delivered ?? []).some((text) => text.includes(tag))) return true;
        return [...document.querySelectorAll('steady-pause')].some((host) => {
          if (host.shadowRoot?.querySelector('[role="dialog"]')) return true;
          const note = host.hasAttribute('data-earlier') ? '' : (host.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '');
          return new RegExp(asks).test(note.trim());
        });
      },
      { tag, asks: ASKS_FOR_A_PRESS.source },
      { polling: 50, timeout },
    )
    .catch(() => undefined);
  return look(page, tag);
}

/** Notes already shown belong to earlier rounds: marked, to tell this round's apart. */
function markNotesEarlier(page: Page): Promise<void> {
  return page.evaluate(() => document.querySelectorAll('steady-pause').forEach((note) => note.setAttribute('data-earlier', '')));
}

/** Two animation frames and a short while: whatever the page or Steady queued has run. */
function settle(page: Page, ms = 100): Promise<void> {
  return page.evaluate((ms) => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms)))), ms);
}

export class Lane {
  readonly counts = emptyCounts();
  readonly log: RoundLog[] = [];
  private launched!: Awaited<ReturnType<typeof launchWithSteady>>;
  private requests: string[] = [];
  private page!: Page;
  private composer!: Locator;
  private extensionPage?: Page;
  /** What earlier loads of the page delivered (a reload starts its list again). */
  private history: string[] = [];
  private readonly rng;

  constructor(
    readonly fixture: ComposerFixture,
    private readonly origin: string,
    readonly seed: number,
    private readonly name: string,
  ) {
    this.rng = random(seed);
  }

  private get context(): BrowserContext {
    return this.launched.context;
  }

  async start(): Promise<void> {
    this.launched = await launchWithSteady();
    this.requests = watchExtensionRequests(this.launched.context);
    this.page = await this.context.newPage();
    await this.load();
  }

  private async load(): Promise<void> {
    this.composer = await openFixture(this.page, this.origin, this.fixture);
    await steadyReady(this.page);
  }

  /** Everything delivered so far, across reloads. */
  private async allDelivered(): Promise<string[]> {
    const now = await this.page.evaluate(() => ((window as unknown as { __delivered?: string[] }).__delivered ?? []).map(String)).catch(() => []);
    return [...this.history, ...now];
  }

  /** A freshly loaded page (and so no pause kit in it yet), once anything a slow host has in flight has arrived. */
  private async reload(): Promise<void> {
    if (this.fixture.slowAckMs) await this.page.waitForTimeout(this.fixture.slowAckMs + 200);
    this.history = await this.allDelivered();
    await this.load();
  }

  private async worker(): Promise<Worker> {
    return this.context.serviceWorkers()[0] ?? (await this.context.waitForEvent('serviceworker'));
  }

  private async savedDrafts(): Promise<string[]> {
    this.extensionPage ??= await this.context.newPage();
    if (!this.extensionPage.url().startsWith('chrome-extension://'))
      await this.extensionPage.goto(`chrome-extension://${this.launched.extensionId}/popup.html`);
    return this.extensionPage.evaluate(async () =>
      (((await chrome.storage.local.get('drafts')).drafts ?? []) as Array<{ text: string }>).map((draft) => draft.text),
    );
  }

  private plan(): Plan {
    const { pick, chance } = this.rng;
    const { fixture } = this;
    const disturbances: Disturbance[] = [
      ...FAULT_STEPS.map((step): Disturbance => ({ kind: 'fault', step })),
      { kind: 'kit-missing' },
      { kind: 'detach', back: false },
      ...(fixture.name === 'remount' ? [] : [{ kind: 'detach', back: true } as const]),
      ...(PLAIN_DOM.has(fixture.name) ? [{ kind: 'words-changed' } as const] : []),
    ];
    const disturbance = chance(0.45) ? pick(disturbances) : ({ kind: 'none' } as const);
    const plan: Plan = {
      charged: chance(0.5),
      secondLine: fixture.newlineKey && chance(0.25) ? pick(SECOND_LINES) : undefined,
      how: fixture.sendKey ? pick(['key', 'button'] as const) : 'button',
      choice: pick(CHOICES),
      byKeyboard: chance(0.25),
      disturbance,
    };
    // Each disturbance is drawn where it can bite: a fault in the pause needs a pause, and so on.
    const step = disturbance.kind === 'fault' ? disturbance.step : undefined;
    if (disturbance.kind === 'detach' || disturbance.kind === 'words-changed') plan.charged = true;
    if (step && ['open-pause', 'close-pause', 'save-draft', 'keep-draft-safe', 'replay', 'watch-delivery', 'record'].includes(step)) plan.charged = true;
    if (step === 'save-draft') plan.choice = 'Save for later';
    if (step === 'replay' || step === 'watch-delivery' || step === 'keep-draft-safe') plan.choice = 'Send anyway';
    if (step === 'ask-for-press' && fixture.replayIgnored) [plan.charged, plan.choice] = [true, 'Send anyway'];
    // A composer gone for good leaves nothing to keep editing: the person sends anyway or saves.
    if (disturbance.kind === 'detach' && !disturbance.back && plan.choice === 'Keep editing') plan.choice = pick(['Send anyway', 'Save for later'] as const);
    return plan;
  }

  private async setFault(step: FaultStep | undefined): Promise<void> {
    await this.page.evaluate((step) => {
      if (step) document.documentElement.dataset.steadyFault = step;
      else delete document.documentElement.dataset.steadyFault;
    }, step);
  }

  /**
   * The page takes its composer out: for good, or until `putBack` (the very same element, where it
   * was). A re-rendering page may have swapped the element since the locator found it: the one
   * in the page now is taken.
   */
  private detachComposer(): Promise<void> {
    return this.composer.evaluate((found, selector) => {
      const element = found.isConnected ? found : (found.ownerDocument.querySelector(selector) ?? found);
      const parent = element.parentNode;
      const next = element.nextSibling;
      element.remove();
      (window.top as unknown as { __putBack?: () => void }).__putBack = () => void parent?.insertBefore(element, next);
    }, this.fixture.composer);
  }

  private putBack(): Promise<void> {
    return this.page.evaluate(() => (window as unknown as { __putBack?: () => void }).__putBack?.());
  }

  /** The page changes the words under the pause, as a page script would (no key presses: the pause has the focus). */
  private changeWords(): Promise<void> {
    return this.composer.evaluate((element) => {
      const extra = ' (edited)';
      if (element.tagName === 'TEXTAREA' || element.tagName === 'INPUT') {
        const field = element as HTMLTextAreaElement;
        // The prototype's setter, so a framework that tracks the value (React) hears the change.
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!.call(field, field.value + extra);
        field.dispatchEvent(new Event('input', { bubbles: true }));
        return;
      }
      const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let last: Text | undefined;
      while (walker.nextNode()) last = walker.currentNode as Text;
      if (last) last.data += extra;
      else element.append(extra);
    });
  }

  private async draftHolds(tag: string): Promise<boolean> {
    if ((await this.composer.count()) !== 1) return false;
    return (await visibleDraft(this.composer).catch(() => '')).includes(tag);
  }

  private async choose(choice: Choice, byKeyboard: boolean): Promise<void> {
    const button = overlay(this.page).getByRole('button', { name: choice });
    if (!byKeyboard) return button.click();
    if (choice === 'Keep editing') return this.page.keyboard.press('Escape');
    await button.focus();
    await this.page.keyboard.press('Enter');
  }

  /** The person sends again: the way Steady's note names, else their usual way, with the composer focused for a key. */
  private async sendAgain(how: 'key' | 'button'): Promise<void> {
    if (how === 'key' && (await this.composer.count()) === 1) await focusComposer(this.page, this.composer);
    await markNotesEarlier(this.page);
    await sendFrom(this.page, this.fixture, how);
  }

  async round(round: number): Promise<void> {
    const { fixture, page, counts } = this;
    const started = Date.now();
    const plan = this.plan();
    const { disturbance } = plan;
    const tag = `(round ${round})`;
    const first = `${this.rng.pick(plan.charged ? CHARGEDS : CALMS)} ${tag}`;
    const fault = disturbance.kind === 'fault' ? disturbance.step : undefined;
    const label =
      disturbance.kind === 'fault'
        ? `fault:${disturbance.step}`
        : disturbance.kind === 'detach'
          ? `detach:${disturbance.back ? 'back' : 'gone'}`
          : disturbance.kind;
    if (label !== 'none') counts.disturbances[label] = (counts.disturbances[label] ?? 0) + 1;
    const entry: RoundLog = {
      round,
      tag,
      plan: `${plan.charged ? 'charged' : 'calm'}${plan.secondLine ? '+newline' : ''} by ${plan.how}, ${label}, choice ${plan.choice}${plan.byKeyboard ? ' (keyboard)' : ''}`,
      expected: 1,
      events: [],
    };
    this.log.push(entry);
    const note = (event: string) => {
      entry.events.push(process.env.STEADY_RANDOM_DEBUG ? `${event} @${Date.now() - started}` : event);
      // Live, for a lane that hangs: where it was.
      if (process.env.STEADY_RANDOM_DEBUG === 'live') console.log(`  ${this.name} round ${round}: ${event} @${Date.now() - started}`);
    };

    // Without the kit in the frame: a fresh page, and a worker too busy to bring it (past Steady's 3 s wait, or not).
    const busyMs = disturbance.kind === 'kit-missing' ? 4_500 : fault === 'wait-for-kit' ? 2_000 : 0;
    let busy: Promise<void> | undefined;
    if (busyMs) {
      await this.reload();
      busy = keepWorkerBusy(await this.worker(), busyMs);
    }
    await markNotesEarlier(page);
    await typeInto(page, this.composer, first);
    if (plan.secondLine) {
      counts.newlines++;
      await page.keyboard.press(fixture.newlineKey!);
      await page.keyboard.insertText(plan.secondLine);
      await expect.poll(() => visibleDraft(this.composer).then(normalize)).toBe(`${first} ${plan.secondLine}`);
      await settle(page);
      const seen = await look(page, tag);
      if (seen.delivered > 0 || seen.dialog) {
        counts.newlinesSent++;
        note(`the newline key ${seen.dialog ? 'opened a pause' : 'sent'}`);
        if (seen.dialog) await page.keyboard.press('Escape');
      }
    }
    if (busyMs && (await page.locator('html[data-steady-kit]').count()) > 0) note('the kit was there before the send after all');

    await this.setFault(fault);
    note('typed');
    counts.sends++;
    await sendFrom(page, fixture, plan.how);

    // Longest a send may take to show anything: the kit's 3 s, a slow server, a replay the site ignores (6 s to notice).
    const patience = 4_000 + (busyMs ? 4_000 : 0) + (fixture.slowAckMs ?? 0) + (fixture.replayIgnored ? 7_000 : 0);
    let expectDelivery = true;
    let gone = false;
    let pauses = 0;
    let againLeft = 2;
    for (;;) {
      const seen = await waitForSign(page, tag, patience);
      if (seen.delivered > 0) break;
      if (seen.dialog) {
        if (pauses === 3) {
          // The person has been through three pauses for one send: they give up on it (it counts as lost).
          note('a fourth pause for the same send: given up');
          break;
        }
        pauses++;
        counts.paused++;
        if (!plan.charged && disturbance.kind === 'none') {
          counts.wrongVerdicts++;
          note('a calm draft paused');
        }
        let changed = false;
        /** Taken out until the choice is made, then put back. */
        let outUntilChosen = false;
        if (disturbance.kind === 'detach' && pauses === 1) {
          await this.detachComposer();
          if (disturbance.back) {
            await page.waitForTimeout(150);
            await this.putBack();
          }
          gone = !disturbance.back;
          note(disturbance.back ? 'composer detached and put back' : 'composer detached for good');
        }
        const changeWords = (disturbance.kind === 'words-changed' || fault === 'keep-draft-safe') && pauses === 1;
        if (changeWords && PLAIN_DOM.has(fixture.name)) {
          await this.changeWords();
          await settle(page);
          changed = (await visibleDraft(this.composer)).includes('(edited)');
          note(changed ? 'words changed under the pause' : 'the page put the words back');
        } else if (changeWords) {
          // A framework editor keeps its own model, so its words are not changed from outside: its
          // composer is out of the page at the choice instead (Steady cannot re-read it either), and back after.
          await this.detachComposer();
          outUntilChosen = changed = true;
          note('composer detached until the choice (instead of changed words)');
        }
        note('paused');
        await this.choose(plan.choice, plan.byKeyboard);
        note(`chose ${plan.choice}`);
        if (outUntilChosen) {
          await settle(page);
          await this.putBack();
        }
        const closed = await expect(overlay(page))
          .toHaveCount(0, { timeout: 8_000 })
          .then(() => true)
          .catch(() => false);
        note('closed');
        if (!closed) {
          counts.stuckPauses++;
          note('the pause window stayed open after the choice');
        }
        if (plan.choice !== 'Send anyway' || changed || gone) {
          expectDelivery = false;
          break;
        }
        if (!closed) break;
        continue;
      }
      if (!expectDelivery || againLeft === 0 || !(await this.draftHolds(tag))) break;
      againLeft--;
      const ask = seen.asks[0];
      if (ask) {
        counts.askedAgain++;
        note(`Steady asked: "${ask}"`);
      } else {
        counts.retried++;
        note(`nothing happened within ${patience} ms: pressed again`);
      }
      await this.sendAgain(ask?.startsWith('Press Send') ? 'button' : ask?.startsWith('Press ') ? 'key' : usualSend(fixture));
    }
    await settle(page);
    entry.expected = expectDelivery ? 1 : 0;
    const arrived = (await look(page, tag)).delivered;
    if (pauses === 0 && arrived > 0 && plan.charged && disturbance.kind === 'none') {
      counts.wrongVerdicts++;
      note('a charged draft went out without a pause');
    }
    if (arrived === 0) {
      if (await this.draftHolds(tag)) entry.kept = 'composer';
      else if ((await this.savedDrafts()).some((text) => text.includes(tag))) entry.kept = 'steady';
    }
    note(`arrived ${arrived}${entry.kept ? `, kept in the ${entry.kept}` : ''}`);

    await this.setFault(undefined);
    await busy;
    // A page whose composer was taken out, whose pause is stuck, or that would not send is loaded again, as a person would.
    const stuck = (await overlay(page).count()) > 0 || (expectDelivery && arrived === 0);
    if (disturbance.kind === 'detach' || gone || stuck) await this.reload();
    entry.ms = Date.now() - started;
    if (process.env.STEADY_RANDOM_DEBUG) console.log(`  ${this.name} round ${round} (${entry.ms} ms): ${entry.plan} — ${entry.events.join('; ')}`);
  }

  /** Counts every round against everything that arrived, once nothing more can. */
  async finish(): Promise<LaneCounts> {
    if (this.fixture.slowAckMs) await this.page.waitForTimeout(this.fixture.slowAckMs + 200);
    await settle(this.page, 300);
    const all = await this.allDelivered();
    const { counts } = this;
    for (const [at, entry] of this.log.entries()) {
      const arrived = all.filter((text) => text.includes(entry.tag)).length;
      counts.expected += entry.expected;
      counts.delivered += arrived;
      if (entry.expected === 1 && arrived === 0) counts.lost++;
      if (arrived > 1) counts.duplicated += arrived - 1;
      if (entry.expected === 0 && arrived > 0) counts.unwanted++;
      if (arrived === 0 && !entry.kept) counts.swallowed++;
      const wrong = (entry.expected === 1 && arrived !== 1) || (entry.expected === 0 && arrived > 0) || (arrived === 0 && !entry.kept);
      if (wrong || entry.events.some((event) => /newline key|stayed open|went out without|calm draft paused/.test(event)))
        console.log(
          `  ${this.name} round ${entry.round}: ${entry.plan}; expected ${entry.expected}, arrived ${arrived} — ${entry.events.join('; ')}` +
            (at > 0 ? ` (the round before: ${this.log[at - 1].plan})` : ''),
        );
    }
    const strays = all.filter((text) => !this.log.some((entry) => text.includes(entry.tag)));
    counts.duplicated += strays.length;
    if (strays.length > 0) console.log(`  ${this.name}: arrived without a round: ${JSON.stringify(strays)}`);
    return counts;
  }

  async close(): Promise<string[]> {
    await this.launched?.close();
    return this.requests;
  }
}
