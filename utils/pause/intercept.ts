import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentConfig } from '../messaging';
import type { SendKey, SiteAdapter } from '../sites/types';
import { adapterFor, siteIdFor } from '../sites/registry';
import { genericAdapter } from '../sites/generic';
import { decidePause, isConsidered, type DecideInput, type PauseDecision } from './decide';
import { createSendLog } from './send-log';
import { isReplaying, keyGesture, type SendGesture } from './replay';
import { openPause, type PauseSession } from './session';
import { resend } from './resend';
import { watchConfig } from './config';
import { watchEditorFrames } from './frames';
import { loadKit, loadKitInTime, readyKit } from './kit-loader';

/** Later events of one send gesture (keydown, then the form's submit) pass together. */
const SAME_GESTURE_MS = 1_000;
/** How long the "one more press" pass stays open after a replay the site ignored. */
const PASS_MS = 60_000;
/** A submit counts only this soon after the person's own Enter or click (page scripts submit forms too). */
const SUBMIT_AFTER_GESTURE_MS = 500;
const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

export type PauseOptions = {
  /** The practice page: one pretend composer, nothing recorded, always a pause for a charged draft. */
  practice?: boolean;
};

function sendsWith(sendKey: SendKey, event: KeyboardEvent): boolean {
  if (event.altKey || event.shiftKey) return false;
  const modifier = event.ctrlKey || event.metaKey;
  return sendKey === 'enter' || (sendKey === 'mod-enter' && modifier);
}

function practiceConfig(config: ContentConfig): ContentConfig {
  const pauseMode = config.settings.pauseMode === 'always' ? 'always' : 'charged';
  return { ...config, settings: { ...config.settings, pauseMode, snoozeUntil: 0 } };
}

function swallow(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Holds a send when the draft needs a pause, and otherwise does nothing at all. Only
 * trusted events count; every handler fails open, so the site's own send still works
 * if anything here goes wrong or the extension was reloaded.
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
  let session: PauseSession | undefined;
  /** A send held until the analyzer arrives (pressed before the kit had loaded): presses wait with it. */
  let holding = false;
  let allowed: { composer: HTMLElement; draft: string; until: number } | undefined;
  let pass: { composer: HTMLElement; until: number } | undefined;
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

  const allow = (site: SiteAdapter, composer: HTMLElement, draft: string) => {
    allowed = { composer, draft, until: Date.now() + SAME_GESTURE_MS };
    sendLog.record(threadOf(site, composer));
  };

  /** What follows a send Steady makes for the person: the words count as sent, or one more press is let through. */
  const afterResend = (site: SiteAdapter, composer: HTMLElement, draft: string) => ({
    onSent: () => allow(site, composer, draft),
    // The same words typed again later are a new send, to be considered afresh.
    onDelivered: () => (allowed = undefined),
    onNeedsPress: (held: HTMLElement, hint: () => void) => {
      pass = { composer: held, until: Date.now() + PASS_MS };
      hint();
    },
  });

  const pause = (site: SiteAdapter, composer: HTMLElement, draft: string, decision: PauseDecision, gesture: SendGesture, settled: ContentConfig) => {
    lastGestureAt = -Infinity;
    session = openPause({
      ctx,
      adapter: site,
      composer,
      draft,
      decision,
      gesture,
      site: practice ? 'practice' : siteIdFor(site, new URL(location.href)),
      config: settled,
      practice,
      ...afterResend(site, composer, draft),
      onClosed: () => (session = undefined),
    });
  };

  /**
   * A send pressed before the analyzer arrived (a draft already there, sent at once) is never
   * guessed at: it waits for the kit, then either pauses or goes out through the site's own
   * path. If the kit does not come, the send goes out as if Steady were absent.
   */
  const holdForKit = (site: SiteAdapter, composer: HTMLElement, input: DecideInput, gesture: SendGesture, settled: ContentConfig) => {
    holding = true;
    lastGestureAt = -Infinity;
    const sendAsIs = () => resend({ ctx, adapter: site, composer, gesture, theme: settled.settings.theme, ...afterResend(site, composer, input.draft) });
    loadKitInTime()
      .then((kit) => decidePause(input, kit.reflect))
      .then(
        (decision) => {
          holding = false;
          if (decision && !ctx.isInvalid) pause(site, composer, input.draft, decision, gesture, settled);
          else sendAsIs();
        },
        () => {
          holding = false;
          sendAsIs();
        },
      )
      .catch(() => undefined);
  };

  /** `final`: the last event of its gesture (keydown, click, submit), where a send is counted. */
  const considerSend = (event: Event, site: SiteAdapter, composer: HTMLElement, gesture: SendGesture, final: boolean) => {
    if (session || holding) return swallow(event);
    if (!config) return;
    // A person's key press or click is one send at most: a form submitted by the page just
    // afterwards is the page's doing, not theirs.
    if (final) lastGestureAt = -Infinity;
    const now = Date.now();
    const draft = site.readDraft(composer);
    const sameGesture = allowed && allowed.composer === composer && allowed.draft === draft && allowed.until > now;
    if (sameGesture || (pass && pass.composer === composer && pass.until > now)) {
      if (final) {
        // Whichever let this send through, the one-more-press pass is now used.
        pass = undefined;
        if (!sameGesture) allow(site, composer, draft);
      }
      return;
    }
    const input: DecideInput = { draft, settings: config.settings, now: new Date(now), recentSendsInThread: sendLog.count(threadOf(site, composer), now) };
    const considered = isConsidered(input);
    const kit = considered ? readyKit() : undefined;
    if (considered && !kit) {
      swallow(event);
      // Held at the start of a click: the rest of that click belongs to the held send, even
      // if the kit arrives before the button is released.
      if (!final) pressRefused = true;
      return holdForKit(site, composer, input, gesture, config);
    }
    const decision = kit && decidePause(input, kit.reflect);
    if (!decision) {
      if (final && draft !== '') allow(site, composer, draft);
      return;
    }
    swallow(event);
    pause(site, composer, draft, decision, gesture, config);
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (!event.isTrusted || isReplaying() || !config) return;
    const path = event.composedPath();
    if (session?.contains(path)) {
      // Keys meant for the overlay stay out of the page's sight.
      session.onKey(event);
      event.stopImmediatePropagation();
      return;
    }
    // A key pressed outside a pause the page removed or hid: Steady steps aside first.
    session?.strayed(event);
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
    if (session?.contains(path)) return;
    if (event.type === 'pointerdown' && session?.strayed(event) === 'covered') {
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
    const path = event.composedPath();
    if (allowed && path.includes(allowed.composer)) allowed = undefined;
    if (pass && path.includes(pass.composer)) pass = undefined;
  };

  /** Any failure lets the page's own handling go ahead, and takes the overlay away. */
  const failingOpen =
    <E extends Event>(handler: (event: E) => void) =>
    (event: E) => {
      try {
        if (ctx.isInvalid) return;
        handler(event);
      } catch {
        const open = session;
        session = undefined;
        try {
          open?.failOpen();
        } catch {
          // Nothing more to undo; the page keeps working.
        }
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
  ctx.addEventListener(window, 'pagehide', () => session?.leave());
  ctx.onInvalidated(() => (session = undefined));
}
