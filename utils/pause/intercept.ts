import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PauseChoice } from '@/components/overlay/PauseDialog';
import type { ContentConfig, RequestOf } from '../messaging';
import { sendMessage } from '../messaging/content';
import type { SendKey, SiteAdapter } from '../sites/types';
import { adapterFor, siteIdFor } from '../sites/registry';
import { genericAdapter } from '../sites/generic';
import { newId } from '../ids';
import { calibrationFor } from '../learning/calibration';
import { DRAFT_LIMIT } from '../storage/values';
import { t, type MessageKey } from '../i18n';
import { decidePause, isConsidered, type DecideInput, type PauseDecision } from './decide';
import { createSendLog } from './send-log';
import { isReplaying, keyGesture, replaySend, type SendGesture } from './replay';
import { openPauseWindow, type PauseWindow } from './pause-window';
import { IDLE, PASS_MS, transition, type Effect, type FlowEvent, type FlowState, type Verdict } from './send-flow';
import { liveComposer, reread, watchDelivery } from './delivery';
import { clearSavedWords } from './clear-composer';
import { watchConfig } from './config';
import { watchEditorFrames } from './frames';
import { loadKit, loadKitInTime, readyKit } from './kit-loader';
import { askFeedback, showNote } from './notes';

/** The choices a person makes in a pause (leaving the page is not one to ask about). */
const PERSON_CHOICES = ['sent-anyway', 'kept-editing', 'saved-for-later'] as const;

/** A submit counts only this soon after the person's own Enter or click (page scripts submit forms too). */
const SUBMIT_AFTER_GESTURE_MS = 500;
const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
const PRESS_HINTS: Record<SendKey, MessageKey> = {
  enter: 'overlay_pressEnter',
  'plain-enter': 'overlay_pressEnter',
  'mod-enter': 'overlay_pressModEnter',
  'button-only': 'overlay_pressSend',
};

export type PauseOptions = {
  /** The practice page: one pretend composer, nothing recorded, always a pause for a charged draft. */
  practice?: boolean;
};

/** One send the person made, with what Steady needs to pause, replay and record it. */
type HeldSend = {
  composer: HTMLElement;
  draft: string;
  site: SiteAdapter;
  gesture: SendGesture;
  /** The conversation the words were written in. */
  thread: string;
  input: DecideInput;
  config: ContentConfig;
  decision?: PauseDecision;
  /** Set once a pause opens: what its record holds (never text). */
  opened?: RequestOf<'content:pause-opened'> & { at: number };
  window?: PauseWindow;
};

function sendsWith(sendKey: SendKey, event: KeyboardEvent): boolean {
  if (event.altKey || event.shiftKey) return false;
  const modifier = event.ctrlKey || event.metaKey;
  return sendKey === 'enter' || (sendKey === 'plain-enter' && !modifier) || (sendKey === 'mod-enter' && modifier);
}

function practiceConfig(config: ContentConfig): ContentConfig {
  const pauseMode = config.settings.pauseMode === 'always' ? 'always' : 'charged';
  return { ...config, settings: { ...config.settings, pauseMode, snoozeUntil: 0 } };
}

function swallow(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** In the e2e build, tests make one step of the send path throw, to prove that any failure fails open. */
function injectedFault(step: string): void {
  if (import.meta.env.MODE === 'e2e' && document.documentElement.dataset.steadyFault === step) throw new Error(`injected fault: ${step}`);
}

/**
 * Holds a send when the draft needs a pause, and otherwise does nothing at all. Only trusted
 * events count. The listeners here only turn what happened into events for the send flow
 * (`./send-flow`) and carry out its effects; any failure lets the site's own send go ahead.
 */
export function startPause(ctx: ContentScriptContext, options: PauseOptions = {}): void {
  const practice = options.practice ?? false;
  const sendLog = createSendLog();
  let config: ContentConfig | undefined;
  // Resolved again when the address changes, so single-page navigation (facebook.com into
  // its Messages pages) needs no observer.
  let resolved: { href: string; adapter: SiteAdapter | undefined } | undefined;
  const currentAdapter = (): SiteAdapter | undefined => {
    if (!config) return undefined;
    if (resolved?.href !== location.href) {
      resolved = { href: location.href, adapter: practice ? genericAdapter : adapterFor(new URL(location.href), config.settings) };
    }
    return resolved.adapter;
  };
  let state: FlowState<HeldSend> = IDLE;
  let lastGestureAt = -Infinity;
  /** A press that landed on something laid over the overlay, or that a held send began with: the rest of it goes nowhere. */
  let pressRefused = false;

  watchConfig(ctx, (next) => {
    config = practice ? practiceConfig(next) : next;
    resolved = undefined;
    // Tests wait for this before typing; real builds leave the page untouched.
    if (import.meta.env.MODE === 'e2e') document.documentElement.dataset.steadyReady = currentAdapter() ? 'on' : 'off';
  });

  /**
   * The first time a composer is used, Steady fetches the pause kit (the analyzer and the
   * overlay) while the person is still writing, and gives the analyzer its first run once the
   * page is idle. Pages where nobody writes never pay for either.
   */
  let prepared = false;
  /** A few steps each time the page is idle (at least one when it never is), until none are left. */
  const warmUpWhileIdle = (steps: Array<() => void>) => {
    const next = (deadline: IdleDeadline) => {
      do steps.shift()?.();
      while (steps.length > 0 && deadline.timeRemaining() > 4);
      if (steps.length > 0) ctx.requestIdleCallback(next, { timeout: 1_000 });
    };
    ctx.requestIdleCallback(next, { timeout: 1_000 });
  };
  const prepareFor = (site: SiteAdapter, path: EventTarget[]) => {
    if (prepared || !site.findComposer(path)) return;
    prepared = true;
    loadKit().then(
      (kit) => {
        warmUpWhileIdle(kit.warmUpSteps());
        // Tests wait for this where a person would have typed for a while; real builds leave the page untouched.
        if (import.meta.env.MODE === 'e2e') document.documentElement.dataset.steadyKit = 'ready';
      },
      // Tried again at the next send.
      () => (prepared = false),
    );
  };

  const onFocus = (event: FocusEvent) => {
    const adapter = !prepared && event.isTrusted ? currentAdapter() : undefined;
    if (adapter) prepareFor(adapter, event.composedPath());
  };

  const threadOf = (site: SiteAdapter, composer: HTMLElement) => site.threadId(composer) ?? location.pathname;
  /** A mail's subject, if the page shows one; a page that makes it unreadable costs only the subject. */
  const subjectOf = (send: HeldSend) => {
    try {
      return send.site.readSubject(send.composer);
    } catch {
      return undefined;
    }
  };
  const heldSend = (): HeldSend | undefined => ('send' in state ? state.send : undefined);
  const sendInFlight = () => heldSend() ?? (state.name === 'idle' ? state.letThrough?.send : undefined);
  /**
   * A re-rendering site replaced the composer of the send in flight (or just let through) with a
   * new one for the same conversation: the send follows it, so a press or an edit there is still
   * about the same words, not a new send.
   */
  const followReplaced = (site: SiteAdapter, composer: HTMLElement) => {
    const send = sendInFlight();
    if (!send || send.composer === composer || send.composer.isConnected) return;
    if (liveComposer(site, send.composer) === composer && threadOf(site, composer) === send.thread) send.composer = composer;
  };
  const openWindow = () => (state.name === 'paused' ? state.send.window : undefined);

  const notify = <N extends 'content:pause-opened' | 'content:pause-closed' | 'content:save-draft' | 'content:pause-feedback'>(name: N, data: RequestOf<N>) =>
    practice ? Promise.resolve(undefined) : sendMessage(name, data).catch(() => undefined);
  const toast = (send: HeldSend, message: string) => showNote(ctx, send.config.settings.theme, message);

  /** Moves the flow on and carries out what it asks. A `hold` stops the event that caused it. */
  const feed = (event: FlowEvent<HeldSend>, cause?: Event): void => {
    const result = transition(state, event);
    state = result.state;
    if (cause && result.event === 'hold') swallow(cause);
    // Every effect runs even if one before it failed (a window that would not close must not stop
    // the record), and a failure then goes to the flow.
    let failed: Effect<HeldSend> | undefined;
    for (const effect of result.effects) {
      try {
        perform(effect);
      } catch {
        failed ??= effect;
      }
    }
    if (!failed) return;
    try {
      failed.send.window?.close();
    } catch {
      // The page keeps working without the window.
    }
    failedAfterHold();
  };

  /** Something threw while a send was held: the flow sends it once, as if Steady were absent. */
  let failing = false;
  const failedAfterHold = () => {
    if (failing) {
      // Failing again while failing open: leave the page to itself.
      openWindow()?.close();
      state = IDLE;
      return;
    }
    failing = true;
    try {
      heldSend()?.window?.close();
      feed({ type: 'failed', now: Date.now() });
    } finally {
      failing = false;
    }
  };

  /** An event that arrives later (the kit, a choice, a timer) counts only while its send is still the one in flight. */
  const later = (send: HeldSend, event: () => FlowEvent<HeldSend>) => () => {
    if (heldSend() !== send || ctx.isInvalid) return;
    try {
      feed(event());
    } catch {
      failedAfterHold();
    }
  };

  const choose = (send: HeldSend, choice: PauseChoice, remindInMinutes?: number) => {
    if (choice === 'edit' || choice === 'breathe') return later(send, () => ({ type: 'chose-edit', breathe: choice === 'breathe' }))();
    if (choice === 'save') return later(send, () => ({ type: 'chose-save', remindInMinutes }))();
    later(send, () => {
      // Only the words the person saw are sent: read the composer again (a re-rendering site
      // may have replaced it) and check it is still the same conversation.
      const now = reread(send.site, send.composer, send.draft);
      const same = now?.state === 'same' && threadOf(send.site, now.composer) === send.thread;
      if (same) send.composer = now.composer;
      return { type: 'chose-send', reread: same ? 'same' : 'changed' };
    })();
  };

  /**
   * Keeps the held words in Steady (with a mail's subject), then says so. Saved for later by the
   * person (`thenEmpty`), the composer is emptied once the worker has them, as a mail app's
   * "save draft" would; kept safe by Steady, the words stay where they are.
   */
  const saveDraft = (send: HeldSend, remindInMinutes: number | undefined, note: MessageKey, thenEmpty: boolean) => {
    const { pauseId, site } = send.opened!;
    // The id is made here, where the person chose, so a retried message saves the draft once.
    const draft = { id: newId(), pauseId, site, text: send.draft.slice(0, 20_000), subject: subjectOf(send), remindInMinutes };
    const saving = practice ? Promise.resolve() : sendMessage('content:save-draft', draft).then(() => undefined);
    saving.then(
      () => {
        if (thenEmpty && !practice) emptyComposer(send);
        toast(send, t(note));
      },
      (error: unknown) => toast(send, t(error instanceof Error && error.message.endsWith(DRAFT_LIMIT) ? 'overlay_draftLimit' : note)),
    );
  };

  const emptyComposer = (send: HeldSend) => {
    const now = reread(send.site, send.composer, send.draft);
    if (now?.state === 'same' && threadOf(send.site, now.composer) === send.thread) void clearSavedWords(send.site, now.composer, send.draft);
  };

  const perform = (effect: Effect<HeldSend>): void => {
    injectedFault(effect.do);
    const { send } = effect;
    switch (effect.do) {
      case 'wait-for-kit':
        loadKitInTime()
          .then((kit) => decidePause(send.input, kit.reflect))
          .then(
            (decision) => {
              send.decision = decision;
              later(send, () => ({ type: 'kit-read', verdict: decision ? 'charged' : 'calm' }))();
            },
            later(send, () => ({ type: 'kit-missing' })),
          );
        return;
      case 'open-pause': {
        const decision = send.decision!;
        send.opened = {
          pauseId: newId(),
          site: practice ? 'practice' : siteIdFor(send.site, new URL(location.href)),
          trigger: decision.trigger,
          patterns: [...new Set(decision.reflection.findings.map((finding) => finding.pattern))].slice(0, 10),
          score: Math.min(1, Math.max(0, decision.reflection.score)),
          at: Date.now(),
        };
        lastGestureAt = -Infinity;
        const { at: _at, ...opened } = send.opened;
        void notify('content:pause-opened', opened);
        send.window = openPauseWindow({
          ctx,
          composer: send.composer,
          draft: send.draft,
          decision,
          config: send.config,
          practice,
          onChoice: (choice, remindIn) => choose(send, choice, remindIn),
          onStepAside: later(send, () => ({ type: 'stepped-aside', now: Date.now() })),
          onFailure: later(send, () => ({ type: 'failed', now: Date.now() })),
          composerNow: () => liveComposer(send.site, send.composer) ?? send.composer,
        });
        return;
      }
      case 'close-pause':
        send.window?.close();
        if (effect.breathe) sendMessage('content:start-breathing', {}).catch(() => undefined);
        return;
      case 'save-draft':
        return saveDraft(send, effect.remindInMinutes, practice ? 'overlay_savedPractice' : 'overlay_saved', true);
      case 'keep-draft-safe':
        return saveDraft(send, undefined, 'overlay_keptSafe', false);
      case 'replay':
        lastGestureAt = -Infinity;
        replaySend(send.site, send.composer, send.gesture);
        return feed({ type: 'replayed', now: Date.now() });
      case 'watch-delivery':
        return watchDelivery(ctx, send.site, send.composer, send.draft, {
          delivered: later(send, () => ({ type: 'delivered' })),
          timedOut: (draftStillThere) => later(send, () => ({ type: 'confirm-timed-out', draftStillThere, now: Date.now() }))(),
        });
      case 'ask-for-press': {
        const hint =
          effect.because === 'hidden' ? 'overlay_hidden' : effect.because === 'failed' ? 'overlay_sendFailed' : PRESS_HINTS[send.site.sendKey(send.composer)];
        toast(send, t(hint));
        // The pass closes at the first sign the site took the words after all, or after a while.
        watchDelivery(ctx, send.site, send.composer, send.draft, { delivered: later(send, () => ({ type: 'delivered' })), timedOut: () => undefined }, PASS_MS);
        ctx.setTimeout(
          later(send, () => ({ type: 'pass-expired' })),
          PASS_MS,
        );
        return;
      }
      case 'record': {
        if (!send.opened) return;
        const { at, ...opened } = send.opened;
        void notify('content:pause-closed', { ...opened, outcome: effect.outcome, durationMs: Math.min(86_400_000, Math.max(0, Date.now() - at)) });
        // The person's own choice after a pause for what Steady noticed: the moment to ask whether it was worth it.
        if (!practice && opened.trigger === 'flagged' && (PERSON_CHOICES as readonly string[]).includes(effect.outcome)) {
          askFeedback(
            ctx,
            send.config.settings.theme,
            (answer) => void notify('content:pause-feedback', { pauseId: opened.pauseId, site: opened.site, answer }),
          );
        }
        return;
      }
      case 'count-send':
        return sendLog.record(send.thread);
    }
  };

  /** A send pressed: read the draft, and let the flow say whether it goes ahead. `final`: the last event of its gesture. */
  const considerSend = (event: Event, site: SiteAdapter, composer: HTMLElement, gesture: SendGesture, final: boolean) => {
    if (!config) return;
    // A person's key press or click is one send at most: a form submitted by the page just
    // afterwards is the page's doing, not theirs.
    if (final) lastGestureAt = -Infinity;
    followReplaced(site, composer);
    const now = Date.now();
    const draft = site.readDraft(composer);
    const thread = threadOf(site, composer);
    const calibration = calibrationFor(config.learned, siteIdFor(site, new URL(location.href)));
    const input: DecideInput = { draft, settings: config.settings, now: new Date(now), recentSendsInThread: sendLog.count(thread, now), calibration };
    const send: HeldSend = { composer, draft, site, gesture, thread, input, config };
    let verdict: Verdict = 'not-considered';
    if (isConsidered(input)) {
      injectedFault('verdict');
      const kit = readyKit();
      send.decision = kit && decidePause(input, kit.reflect);
      verdict = !kit ? 'not-read-yet' : send.decision ? 'charged' : 'calm';
    }
    // Held at the start of a click: the rest of that click belongs to the held send, even if
    // the kit arrives before the button is released.
    if (!final && verdict === 'not-read-yet' && state.name === 'idle') pressRefused = true;
    feed({ type: 'send-pressed', send, verdict, final, now }, event);
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (!event.isTrusted || isReplaying() || !config) return;
    const path = event.composedPath();
    const pauseWindow = openWindow();
    if (pauseWindow?.contains(path)) {
      // Keys meant for the overlay stay out of the page's sight.
      pauseWindow.onKey(event);
      event.stopImmediatePropagation();
      return;
    }
    // A key pressed outside a pause the page removed or hid: Steady steps aside first.
    pauseWindow?.strayed(event);
    const adapter = currentAdapter();
    if (!adapter) return;
    if (!prepared) prepareFor(adapter, path);
    if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
    lastGestureAt = performance.now();
    const composer = adapter.findComposer(path);
    if (!composer || !sendsWith(adapter.sendKey(composer), event) || adapter.isSuggestionOpen(composer)) return;
    considerSend(event, adapter, composer, keyGesture(event), true);
  };

  const onPointer = (event: MouseEvent) => {
    const adapter = event.isTrusted && !isReplaying() && event.button === 0 ? currentAdapter() : undefined;
    if (!adapter) return;
    if (event.type === 'pointerdown') pressRefused = false;
    else if (pressRefused) {
      if (event.type === 'click') pressRefused = false;
      return swallow(event);
    }
    const path = event.composedPath();
    const pauseWindow = openWindow();
    if (pauseWindow?.contains(path)) return;
    if (event.type === 'pointerdown' && pauseWindow?.strayed(event) === 'covered') {
      pressRefused = true;
      return swallow(event);
    }
    lastGestureAt = performance.now();
    const composer = adapter.composerForSendControl(path);
    if (composer) considerSend(event, adapter, composer, { kind: 'click' }, event.type === 'click');
  };

  const onSubmit = (event: SubmitEvent) => {
    const recent = event.isTrusted && !isReplaying() && performance.now() - lastGestureAt <= SUBMIT_AFTER_GESTURE_MS;
    const adapter = recent ? currentAdapter() : undefined;
    if (!adapter) return;
    const composer = adapter.findComposer(event.composedPath());
    if (composer) considerSend(event, adapter, composer, { kind: 'submit', submitter: event.submitter }, true);
  };

  /** The person changed the words: whatever was let through before (or was to be) is a new send now. */
  const onInput = (event: Event) => {
    if (!event.isTrusted) return;
    const inFlight = sendInFlight();
    if (inFlight && !inFlight.composer.isConnected) {
      const typedIn = inFlight.site.findComposer(event.composedPath());
      if (typedIn) followReplaced(inFlight.site, typedIn);
    }
    const composer = inFlight?.composer;
    if (composer && event.composedPath().includes(composer)) feed({ type: 'draft-edited', composer });
  };

  /** A failure before a send is held leaves the event to the page; after, the held send goes out once. */
  const failingOpen =
    <E extends Event>(handler: (event: E) => void) =>
    (event: E) => {
      try {
        if (ctx.isInvalid) return;
        handler(event);
      } catch {
        if (heldSend()) failedAfterHold();
      }
    };

  const listen = (target: Window) => {
    const capture = { capture: true };
    ctx.addEventListener(target, 'keydown', failingOpen(onKeydown), capture);
    for (const type of POINTER_EVENTS) ctx.addEventListener(target, type, failingOpen(onPointer), capture);
    ctx.addEventListener(target, 'submit', failingOpen(onSubmit), capture);
    ctx.addEventListener(target, 'focusin', failingOpen(onFocus), capture);
    ctx.addEventListener(target, 'input', failingOpen(onInput), capture);
  };

  listen(window);
  watchEditorFrames(ctx, listen);
  ctx.addEventListener(
    window,
    'pagehide',
    failingOpen(() => feed({ type: 'left-page' })),
  );
  ctx.onInvalidated(() => {
    openWindow()?.close();
    state = IDLE;
  });
}
