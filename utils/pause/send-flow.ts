import type { PAUSE_OUTCOMES } from '../storage/values';

/**
 * The whole life of one send, as a pure state machine. The DOM listeners in `./intercept` only
 * turn what happened into events, and carry out the effects this returns: nothing here touches
 * the page, the clock or storage, so every transition has a unit test.
 *
 *   idle ──charged──▶ paused ──Send anyway──▶ replaying ──▶ confirming ──delivered──▶ idle
 *     │                 │ └─Keep editing / Save for later────────────────────────────▶ idle
 *     └─not read yet──▶ holding-for-kit ──calm, or no kit──▶ replaying
 *                                       └─charged──▶ paused
 *   confirming ──no sign of delivery, draft still there──▶ waiting-for-press ──press──▶ idle
 *
 * A held send always belongs to exactly one of these states, and any failure from the moment a
 * send is held lets it go out once through the site's own path, as if Steady were absent.
 */

export type PauseOutcome = (typeof PAUSE_OUTCOMES)[number];

/** One send the person made: the composer it came from and the words it held then. */
export type Send<Composer = unknown> = { composer: Composer; draft: string };

/** What the analyzer and the settings say about a draft, at the moment of the send. */
export type Verdict =
  /** Nothing for Steady to look at: no words, pausing off or snoozed. */
  | 'not-considered'
  | 'calm'
  | 'charged'
  /** The analyzer has not arrived in this frame yet. */
  | 'not-read-yet';

export type FlowState<S extends Send> =
  | { name: 'idle'; letThrough?: LetThrough<S> }
  | { name: 'holding-for-kit'; send: S }
  | { name: 'paused'; send: S }
  | { name: 'replaying'; send: S; recordAs?: PauseOutcome }
  | { name: 'confirming'; send: S; recordAs?: PauseOutcome; until: number }
  | { name: 'waiting-for-press'; send: S; recordAs?: PauseOutcome; until: number };

/** A send already let through: the rest of the same gesture (keydown, then the form's submit) passes too. */
type LetThrough<S extends Send> = { send: S; until: number };

export type FlowEvent<S extends Send> =
  /** Enter, a click on the send control, or a form's submit. `final`: the gesture's last event. */
  | { type: 'send-pressed'; send: S; verdict: Verdict; final: boolean; now: number }
  | { type: 'kit-read'; verdict: 'calm' | 'charged' }
  | { type: 'kit-missing' }
  | { type: 'chose-send'; reread: 'same' | 'changed' }
  | { type: 'chose-edit'; breathe: boolean }
  | { type: 'chose-save'; remindInMinutes?: number }
  /** Steady cannot be sure the person sees its window: it gets out of the way. */
  | { type: 'stepped-aside'; now: number }
  | { type: 'replayed'; now: number }
  | { type: 'delivered' }
  /** The delivery window ended; whether the held words are still in the composer, unsent. */
  | { type: 'confirm-timed-out'; draftStillThere: boolean; now: number }
  | { type: 'pass-expired' }
  | { type: 'draft-edited'; composer: S['composer'] }
  | { type: 'left-page' }
  /** Anything threw while a send was held. */
  | { type: 'failed'; now: number };

export type Effect<S extends Send> =
  | { do: 'wait-for-kit'; send: S }
  | { do: 'open-pause'; send: S }
  | { do: 'close-pause'; send: S; breathe?: boolean }
  | { do: 'save-draft'; send: S; remindInMinutes?: number }
  | { do: 'keep-draft-safe'; send: S }
  /** Send once through the site's own control, key or form. */
  | { do: 'replay'; send: S }
  | { do: 'watch-delivery'; send: S }
  /** A short note asking for one more press (`hidden`: because Steady's window could not be seen). */
  | { do: 'ask-for-press'; send: S; because: 'not-taken' | 'hidden' | 'failed' }
  | { do: 'record'; send: S; outcome: PauseOutcome }
  /** The words went out: they count towards chasing the same conversation. */
  | { do: 'count-send'; send: S };

export type Step<S extends Send> = {
  state: FlowState<S>;
  /** For `send-pressed`: whether the page's own handling of the event goes ahead. */
  event: 'pass' | 'hold';
  effects: Effect<S>[];
};

/** Later events of one send gesture (keydown, then the form's submit) pass together. */
export const SAME_GESTURE_MS = 1_000;
/** How long Steady watches for a replayed send to be taken: long enough for a slow server. */
export const CONFIRM_MS = 6_000;
/** How long the "one more press" pass stays open. */
export const PASS_MS = 60_000;

export const IDLE: FlowState<never> = { name: 'idle' };

const step = <S extends Send>(state: FlowState<S>, effects: Effect<S>[] = [], event: Step<S>['event'] = 'pass'): Step<S> => ({ state, event, effects });
const isSame = <S extends Send>(a: S, b: S) => a.composer === b.composer && a.draft === b.draft;

/** What follows the end of a send Steady made: the record, if a pause is waiting for one. */
const concluded = <S extends Send>(send: S, recordAs: PauseOutcome | undefined, extra: Effect<S>[] = []): Effect<S>[] =>
  recordAs ? [...extra, { do: 'record', send, outcome: recordAs }] : extra;

/**
 * A send at rest: let through when calm, paused when charged, held when the analyzer is not
 * here yet. The only place a send starts.
 */
function fromIdle<S extends Send>(letThrough: LetThrough<S> | undefined, event: Extract<FlowEvent<S>, { type: 'send-pressed' }>): Step<S> {
  const { send, verdict, final, now } = event;
  if (letThrough && isSame(letThrough.send, send) && letThrough.until > now) return step({ name: 'idle', letThrough });
  if (verdict === 'not-read-yet') return step({ name: 'holding-for-kit', send }, [{ do: 'wait-for-kit', send }], 'hold');
  if (verdict === 'charged') return step({ name: 'paused', send }, [{ do: 'open-pause', send }], 'hold');
  if (verdict === 'calm' && final) return step({ name: 'idle', letThrough: { send, until: now + SAME_GESTURE_MS } }, [{ do: 'count-send', send }]);
  return step({ name: 'idle', letThrough });
}

/** The person's own press, through a pass Steady opened: it goes out, and the pause (if any) is over. */
function pressedThrough<S extends Send>(send: S, recordAs: PauseOutcome | undefined, now: number): Step<S> {
  return step({ name: 'idle', letThrough: { send, until: now + SAME_GESTURE_MS } }, concluded(send, recordAs, [{ do: 'count-send', send }]));
}

export function transition<S extends Send>(state: FlowState<S>, event: FlowEvent<S>): Step<S> {
  switch (state.name) {
    case 'idle':
      if (event.type === 'send-pressed') return fromIdle(state.letThrough, event);
      if (event.type === 'draft-edited' && state.letThrough?.send.composer === event.composer) return step({ name: 'idle' });
      return step(state);

    case 'holding-for-kit': {
      const { send } = state;
      // Later presses are the same send, still waiting.
      if (event.type === 'send-pressed') return step(state, [], 'hold');
      if (event.type === 'kit-read' && event.verdict === 'charged') return step({ name: 'paused', send }, [{ do: 'open-pause', send }]);
      if (event.type === 'kit-read' || event.type === 'kit-missing' || event.type === 'failed')
        return step({ name: 'replaying', send }, [{ do: 'replay', send }]);
      if (event.type === 'left-page') return step({ name: 'idle' });
      return step(state);
    }

    case 'paused': {
      const { send } = state;
      switch (event.type) {
        case 'send-pressed':
          return step(state, [], 'hold');
        case 'chose-send':
          // Only the words the person saw in the pause are sent; anything else is kept, not guessed at.
          if (event.reread === 'changed')
            return step({ name: 'idle' }, [
              { do: 'close-pause', send },
              { do: 'keep-draft-safe', send },
              { do: 'record', send, outcome: 'kept-safe' },
            ]);
          return step({ name: 'replaying', send, recordAs: 'sent-anyway' }, [
            { do: 'close-pause', send },
            { do: 'replay', send },
          ]);
        case 'chose-edit':
          return step({ name: 'idle' }, [
            { do: 'close-pause', send, breathe: event.breathe },
            { do: 'record', send, outcome: 'kept-editing' },
          ]);
        case 'chose-save':
          // The words are saved first: nothing that follows can lose them.
          return step({ name: 'idle' }, [
            { do: 'save-draft', send, remindInMinutes: event.remindInMinutes },
            { do: 'close-pause', send },
            { do: 'record', send, outcome: 'saved-for-later' },
          ]);
        case 'stepped-aside':
          return step({ name: 'waiting-for-press', send, until: event.now + PASS_MS }, [
            { do: 'close-pause', send },
            { do: 'ask-for-press', send, because: 'hidden' },
            { do: 'record', send, outcome: 'stepped-aside' },
          ]);
        case 'failed':
          return step({ name: 'replaying', send, recordAs: 'failed-open' }, [
            { do: 'close-pause', send },
            { do: 'replay', send },
          ]);
        case 'left-page':
          return step({ name: 'idle' }, [{ do: 'record', send, outcome: 'left-page' }]);
        default:
          return step(state);
      }
    }

    case 'replaying': {
      const { send, recordAs } = state;
      if (event.type === 'send-pressed') return step(state, [], 'hold');
      if (event.type === 'replayed') return step({ name: 'confirming', send, recordAs, until: event.now + CONFIRM_MS }, [{ do: 'watch-delivery', send }]);
      // The replay itself failed: the words stay where they are and the person's own press sends them.
      if (event.type === 'failed')
        return step({ name: 'waiting-for-press', send, recordAs: recordAs && 'failed-open', until: event.now + PASS_MS }, [
          { do: 'ask-for-press', send, because: 'failed' },
        ]);
      return step(state);
    }

    case 'confirming': {
      const { send, recordAs } = state;
      switch (event.type) {
        case 'send-pressed': {
          // The replayed send may still be on its way (a slow server): a second press of the same
          // words would send it twice. Past its window, the watch is over whatever became of it,
          // and a press is a new send.
          const watching = event.send.composer === send.composer && event.now <= state.until;
          if (watching && event.send.draft === send.draft) return step(state, [], 'hold');
          if (!watching) return fromIdle(undefined, event);
          // Other words in the same composer: the site took the replay and the person wrote again
          // before the watch looked. The new words are a new send, never held in silence.
          const next = fromIdle(undefined, event);
          return { ...next, effects: [...concluded(send, recordAs, [{ do: 'count-send', send }]), ...next.effects] };
        }
        case 'failed':
          // Watching failed after the replay went out. A slow site may still be sending it, so asking
          // for another press could send it twice: step aside, as if Steady were absent, saying
          // nothing. Words the site did not take stay in the composer, and the person's own press
          // of them goes straight through.
          return step({ name: 'idle', letThrough: { send, until: event.now + PASS_MS } }, concluded(send, recordAs));
        case 'delivered':
          return step({ name: 'idle' }, concluded(send, recordAs, [{ do: 'count-send', send }]));
        case 'confirm-timed-out':
          if (event.draftStillThere)
            return step({ name: 'waiting-for-press', send, recordAs, until: event.now + PASS_MS }, [{ do: 'ask-for-press', send, because: 'not-taken' }]);
          return step({ name: 'idle' }, concluded(send, recordAs, [{ do: 'count-send', send }]));
        case 'left-page':
          // The replayed send took the page elsewhere, as a form's post does.
          return step({ name: 'idle' }, concluded(send, recordAs));
        default:
          return step(state);
      }
    }

    case 'waiting-for-press': {
      const { send, recordAs } = state;
      // Ended without the words going out: a send Steady failed to make is not the person's choice.
      const unsent = recordAs && 'failed-open';
      switch (event.type) {
        case 'send-pressed':
          if (event.send.composer !== send.composer) return fromIdle(undefined, event);
          if (event.send.draft !== send.draft) {
            // New words are a new send.
            const next = fromIdle(undefined, event);
            return { ...next, effects: [...concluded(send, unsent), ...next.effects] };
          }
          return event.final ? pressedThrough(send, recordAs, event.now) : step(state);
        case 'delivered':
          return step({ name: 'idle' }, concluded(send, recordAs, [{ do: 'count-send', send }]));
        case 'draft-edited':
          return event.composer === send.composer ? step({ name: 'idle' }, concluded(send, unsent)) : step(state);
        case 'pass-expired':
        case 'left-page':
          return step({ name: 'idle' }, concluded(send, event.type === 'left-page' && recordAs ? 'left-page' : unsent));
        default:
          return step(state);
      }
    }
  }
}
