import { describe, expect, it } from 'vitest';
import { CONFIRM_MS, IDLE, PASS_MS, SAME_GESTURE_MS, transition, type FlowEvent, type FlowState, type Send, type Verdict } from '@/utils/pause/send-flow';

type S = Send<string>;
const NOW = 1_000_000;
const send: S = { composer: 'chat', draft: 'are you mad at me??' };
const elsewhere: S = { composer: 'other', draft: 'see you at six' };
const pressed = (verdict: Verdict, what: S = send, final = true, now = NOW): FlowEvent<S> => ({ type: 'send-pressed', send: what, verdict, final, now });
const states = {
  holding: { name: 'holding-for-kit', send } as FlowState<S>,
  paused: { name: 'paused', send } as FlowState<S>,
  replaying: { name: 'replaying', send, recordAs: 'sent-anyway' } as FlowState<S>,
  confirming: { name: 'confirming', send, recordAs: 'sent-anyway', until: NOW + CONFIRM_MS } as FlowState<S>,
  waiting: { name: 'waiting-for-press', send, recordAs: 'sent-anyway', until: NOW + PASS_MS } as FlowState<S>,
};
const does = (effects: { do: string }[]) => effects.map((effect) => effect.do);
const recorded = (effects: { do: string; outcome?: string }[]) => effects.filter((effect) => effect.do === 'record').map((effect) => effect.outcome);

describe('idle', () => {
  it('lets a calm send through and counts it once, with the rest of its gesture', () => {
    const first = transition<S>(IDLE, pressed('calm'));
    expect(first).toMatchObject({ event: 'pass', state: { name: 'idle', letThrough: { send, until: NOW + SAME_GESTURE_MS } } });
    expect(does(first.effects)).toEqual(['count-send']);
    // The form's submit right after the Enter is the same send: it passes without a second count.
    const submit = transition(first.state, pressed('calm', send, true, NOW + 10));
    expect(submit).toMatchObject({ event: 'pass', effects: [] });
  });

  it('counts quick sends of different words one by one, however close together', () => {
    const words = ['ok', 'ok?', 'hello?', 'are you there', 'fine'];
    let state: FlowState<S> = IDLE;
    const counted = words.flatMap((draft, index) => {
      const next = transition(state, pressed('calm', { composer: 'chat', draft }, true, NOW + index * 150));
      state = next.state;
      return does(next.effects);
    });
    expect(counted).toEqual(words.map(() => 'count-send'));
  });

  it('lets the same words through again as a new send once the gesture is over', () => {
    const first = transition<S>(IDLE, pressed('calm'));
    expect(does(transition(first.state, pressed('calm', send, true, NOW + SAME_GESTURE_MS + 1)).effects)).toEqual(['count-send']);
  });

  it('counts nothing for the first events of a click (pointerdown), only its click', () => {
    expect(transition<S>(IDLE, pressed('calm', send, false))).toMatchObject({ event: 'pass', effects: [], state: { name: 'idle' } });
  });

  it('leaves drafts it is not asked to look at (empty, pausing off, snoozed) to the page', () => {
    expect(transition<S>(IDLE, pressed('not-considered'))).toMatchObject({ event: 'pass', effects: [], state: { name: 'idle' } });
  });

  it('holds a charged send and opens a pause, in one step', () => {
    const next = transition<S>(IDLE, pressed('charged'));
    expect(next).toMatchObject({ event: 'hold', state: { name: 'paused', send } });
    expect(does(next.effects)).toEqual(['open-pause']);
  });

  it('holds a send the analyzer has not read yet, and waits for it', () => {
    const next = transition<S>(IDLE, pressed('not-read-yet'));
    expect(next).toMatchObject({ event: 'hold', state: { name: 'holding-for-kit', send } });
    expect(does(next.effects)).toEqual(['wait-for-kit']);
  });

  it('forgets a let-through send when its words are edited', () => {
    const first = transition<S>(IDLE, pressed('calm'));
    expect(transition(first.state, { type: 'draft-edited', composer: 'chat' }).state).toEqual({ name: 'idle' });
    expect(transition(first.state, { type: 'draft-edited', composer: 'other' }).state).toBe(first.state);
  });

  it('ignores events that belong to no send', () => {
    for (const event of [{ type: 'delivered' }, { type: 'failed', now: NOW }, { type: 'left-page' }, { type: 'pass-expired' }] as FlowEvent<S>[])
      expect(transition<S>(IDLE, event)).toMatchObject({ state: IDLE, effects: [] });
  });
});

describe('holding for the kit', () => {
  it('holds later presses as the same send', () => {
    expect(transition(states.holding, pressed('calm'))).toMatchObject({ event: 'hold', effects: [], state: states.holding });
  });

  it('opens the pause when the analyzer finds the draft charged', () => {
    const next = transition(states.holding, { type: 'kit-read', verdict: 'charged' });
    expect(next.state).toEqual({ name: 'paused', send });
    expect(does(next.effects)).toEqual(['open-pause']);
  });

  it('sends a calm draft once through the site, recording nothing', () => {
    const next = transition(states.holding, { type: 'kit-read', verdict: 'calm' });
    expect(next.state).toEqual({ name: 'replaying', send });
    expect(does(next.effects)).toEqual(['replay']);
  });

  it('sends as if Steady were absent when the kit does not come', () => {
    expect(does(transition(states.holding, { type: 'kit-missing' }).effects)).toEqual(['replay']);
  });

  it('sends as if Steady were absent when anything fails', () => {
    expect(transition(states.holding, { type: 'failed', now: NOW }).state).toEqual({ name: 'replaying', send });
  });

  it('drops the held send when the page goes away', () => {
    expect(transition(states.holding, { type: 'left-page' })).toMatchObject({ state: { name: 'idle' }, effects: [] });
  });
});

describe('paused', () => {
  it('holds any press while the pause is open', () => {
    expect(transition(states.paused, pressed('calm'))).toMatchObject({ event: 'hold', effects: [], state: states.paused });
  });

  it('Send anyway: closes the window, then replays the words the person saw; the record waits for the outcome', () => {
    const next = transition(states.paused, { type: 'chose-send', reread: 'same' });
    expect(next.state).toEqual({ name: 'replaying', send, recordAs: 'sent-anyway' });
    expect(does(next.effects)).toEqual(['close-pause', 'replay']);
  });

  it('Send anyway on words that changed under the pause: keeps them safe, sends nothing, records it as such', () => {
    const next = transition(states.paused, { type: 'chose-send', reread: 'changed' });
    expect(next.state).toEqual({ name: 'idle' });
    expect(does(next.effects)).toEqual(['close-pause', 'keep-draft-safe', 'record']);
    expect(recorded(next.effects)).toEqual(['kept-safe']);
  });

  it('Keep editing (and the longer breath): closes and records the choice', () => {
    const next = transition(states.paused, { type: 'chose-edit', breathe: true });
    expect(next.state).toEqual({ name: 'idle' });
    expect(next.effects).toEqual([
      { do: 'close-pause', send, breathe: true },
      { do: 'record', send, outcome: 'kept-editing' },
    ]);
  });

  it('Save for later: closes, saves and records the choice', () => {
    const next = transition(states.paused, { type: 'chose-save', remindInMinutes: 60 });
    expect(next.effects).toEqual([
      { do: 'save-draft', send, remindInMinutes: 60 },
      { do: 'close-pause', send },
      { do: 'record', send, outcome: 'saved-for-later' },
    ]);
  });

  it('steps aside when its window cannot be seen: the next press goes through, recorded as Steady stepping aside', () => {
    const next = transition(states.paused, { type: 'stepped-aside', now: NOW });
    expect(next.state).toEqual({ name: 'waiting-for-press', send, until: NOW + PASS_MS });
    expect(does(next.effects)).toEqual(['close-pause', 'ask-for-press', 'record']);
    expect(recorded(next.effects)).toEqual(['stepped-aside']);
  });

  it('fails open: any failure sends once as if Steady were absent, recorded as such, never as a choice', () => {
    const next = transition(states.paused, { type: 'failed', now: NOW });
    expect(next.state).toEqual({ name: 'replaying', send, recordAs: 'failed-open' });
    expect(does(next.effects)).toEqual(['close-pause', 'replay']);
  });

  it('records leaving the page', () => {
    expect(recorded(transition(states.paused, { type: 'left-page' }).effects)).toEqual(['left-page']);
  });
});

describe('replaying', () => {
  it('holds a press while Steady dispatches', () => {
    expect(transition(states.replaying, pressed('calm')).event).toBe('hold');
  });

  it('watches for delivery once the replay is dispatched', () => {
    const next = transition(states.replaying, { type: 'replayed', now: NOW });
    expect(next.state).toEqual({ name: 'confirming', send, recordAs: 'sent-anyway', until: NOW + CONFIRM_MS });
    expect(does(next.effects)).toEqual(['watch-delivery']);
  });

  it('leaves the words in place and asks for the person’s own press when the replay itself fails', () => {
    const next = transition(states.replaying, { type: 'failed', now: NOW });
    expect(next.state).toEqual({ name: 'waiting-for-press', send, recordAs: 'failed-open', until: NOW + PASS_MS });
    expect(next.effects).toEqual([{ do: 'ask-for-press', send, because: 'failed' }]);
  });
});

describe('confirming', () => {
  it('holds a second press on the same composer while a slow server answers', () => {
    expect(transition(states.confirming, pressed('calm'))).toMatchObject({ event: 'hold', state: states.confirming });
  });

  it('treats a send from another composer as a new send', () => {
    expect(transition(states.confirming, pressed('charged', elsewhere))).toMatchObject({ event: 'hold', state: { name: 'paused', send: elsewhere } });
  });

  it('takes other words pressed in the same composer as a new send: the replay counted and recorded, the new words paused or let through', () => {
    const rewritten: S = { composer: 'chat', draft: 'one more thing' };
    const charged = transition(states.confirming, pressed('charged', rewritten, true, NOW + 200));
    expect(charged).toMatchObject({ event: 'hold', state: { name: 'paused', send: rewritten } });
    expect(does(charged.effects)).toEqual(['count-send', 'record', 'open-pause']);
    expect(recorded(charged.effects)).toEqual(['sent-anyway']);
    const calm = transition(states.confirming, pressed('calm', rewritten, true, NOW + 200));
    expect(calm).toMatchObject({ event: 'pass', state: { name: 'idle' } });
    expect(does(calm.effects)).toEqual(['count-send', 'record', 'count-send']);
  });

  it('past its window, a press on the same composer is a new send, whatever became of the watch', () => {
    expect(transition(states.confirming, pressed('calm', send, true, NOW + CONFIRM_MS + 1))).toMatchObject({ event: 'pass', state: { name: 'idle' } });
  });

  it('when watching fails, steps aside without asking for a press that could send the words twice, and lets the person’s own press through', () => {
    const next = transition(states.confirming, { type: 'failed', now: NOW });
    expect(next.state).toEqual({ name: 'idle', letThrough: { send, until: NOW + PASS_MS } });
    expect(does(next.effects)).toEqual(['record']);
    expect(recorded(next.effects)).toEqual(['sent-anyway']);
    // The same charged words are not paused again: the site ignored the replay, the person sends them.
    expect(transition(next.state, pressed('charged', send, true, NOW + 1))).toMatchObject({ event: 'pass' });
  });

  it('on delivery: counts the send and records the choice only now', () => {
    const next = transition(states.confirming, { type: 'delivered' });
    expect(next.state).toEqual({ name: 'idle' });
    expect(does(next.effects)).toEqual(['count-send', 'record']);
    expect(recorded(next.effects)).toEqual(['sent-anyway']);
  });

  it('a send with no pause behind it (held for the kit) records nothing', () => {
    const held: FlowState<S> = { name: 'confirming', send, until: NOW };
    expect(does(transition(held, { type: 'delivered' }).effects)).toEqual(['count-send']);
  });

  it('opens the one-more-press pass only when the words are provably still there', () => {
    const stuck = transition(states.confirming, { type: 'confirm-timed-out', draftStillThere: true, now: NOW });
    expect(stuck.state).toEqual({ name: 'waiting-for-press', send, recordAs: 'sent-anyway', until: NOW + PASS_MS });
    expect(stuck.effects).toEqual([{ do: 'ask-for-press', send, because: 'not-taken' }]);
    const gone = transition(states.confirming, { type: 'confirm-timed-out', draftStillThere: false, now: NOW });
    expect(gone.state).toEqual({ name: 'idle' });
    expect(recorded(gone.effects)).toEqual(['sent-anyway']);
  });

  it('a page that navigates away after the replay (a form post) has taken the send', () => {
    expect(recorded(transition(states.confirming, { type: 'left-page' }).effects)).toEqual(['sent-anyway']);
  });
});

describe('waiting for one more press', () => {
  it('lets the person’s own press of the same words through once, and records the choice', () => {
    const next = transition(states.waiting, pressed('charged'));
    expect(next).toMatchObject({ event: 'pass', state: { name: 'idle', letThrough: { send } } });
    expect(does(next.effects)).toEqual(['count-send', 'record']);
    expect(recorded(next.effects)).toEqual(['sent-anyway']);
    // The same gesture's submit does not count again.
    expect(transition(next.state, pressed('charged', send, true, NOW + 5))).toMatchObject({ event: 'pass', effects: [] });
  });

  it('keeps the pass open across the first events of a click', () => {
    expect(transition(states.waiting, pressed('charged', send, false))).toMatchObject({ event: 'pass', state: states.waiting, effects: [] });
  });

  it('treats changed words as a new send, and the earlier one as never sent', () => {
    const next = transition(states.waiting, pressed('charged', { composer: 'chat', draft: 'different words' }));
    expect(next).toMatchObject({ event: 'hold', state: { name: 'paused' } });
    expect(recorded(next.effects)).toEqual(['failed-open']);
  });

  it('treats a send elsewhere as a new send', () => {
    expect(transition(states.waiting, pressed('calm', elsewhere))).toMatchObject({ event: 'pass', state: { name: 'idle' } });
  });

  it('closes at the first sign the site took the words after all', () => {
    const next = transition(states.waiting, { type: 'delivered' });
    expect(next.state).toEqual({ name: 'idle' });
    expect(recorded(next.effects)).toEqual(['sent-anyway']);
  });

  it('an edit, or the pass running out, ends it: nothing was sent, so the choice is not recorded as sent', () => {
    expect(recorded(transition(states.waiting, { type: 'draft-edited', composer: 'chat' }).effects)).toEqual(['failed-open']);
    expect(transition(states.waiting, { type: 'draft-edited', composer: 'other' }).state).toBe(states.waiting);
    expect(recorded(transition(states.waiting, { type: 'pass-expired' }).effects)).toEqual(['failed-open']);
    expect(recorded(transition(states.waiting, { type: 'left-page' }).effects)).toEqual(['left-page']);
  });

  it('after stepping aside, the pass records nothing more', () => {
    const aside = transition(states.paused, { type: 'stepped-aside', now: NOW }).state;
    expect(recorded(transition(aside, pressed('charged')).effects)).toEqual([]);
    expect(recorded(transition(aside, { type: 'pass-expired' }).effects)).toEqual([]);
  });
});

describe('exactly once', () => {
  it('no sequence of events replays a held send twice or records a pause twice', () => {
    const events: FlowEvent<S>[] = [
      pressed('charged'),
      pressed('calm'),
      pressed('not-read-yet'),
      { type: 'kit-read', verdict: 'calm' },
      { type: 'kit-read', verdict: 'charged' },
      { type: 'kit-missing' },
      { type: 'chose-send', reread: 'same' },
      { type: 'chose-send', reread: 'changed' },
      { type: 'chose-edit', breathe: false },
      { type: 'chose-save' },
      { type: 'stepped-aside', now: NOW },
      { type: 'replayed', now: NOW },
      { type: 'delivered' },
      { type: 'confirm-timed-out', draftStillThere: true, now: NOW },
      { type: 'pass-expired' },
      { type: 'failed', now: NOW },
      { type: 'left-page' },
    ];
    // Every sequence of three events from a pause: at most one replay and one record per held send.
    let sequences = 0;
    const walk = (state: FlowState<S>, depth: number, replays: number, records: number) => {
      if (depth === 0) return sequences++;
      for (const event of events) {
        const next = transition(state, event);
        const startsNewSend = event.type === 'send-pressed' && next.state.name !== state.name && state.name === 'idle';
        const r = (startsNewSend ? 0 : replays) + next.effects.filter((effect) => effect.do === 'replay').length;
        const c = (startsNewSend ? 0 : records) + next.effects.filter((effect) => effect.do === 'record').length;
        expect(r).toBeLessThanOrEqual(1);
        expect(c).toBeLessThanOrEqual(1);
        walk(next.state, depth - 1, next.state.name === 'idle' ? 0 : r, next.state.name === 'idle' ? 0 : c);
      }
    };
    walk(states.paused, 3, 0, 0);
    expect(sequences).toBe(events.length ** 3);
  });
});
