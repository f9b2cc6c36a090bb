import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PauseChoice } from '@/components/overlay/PauseDialog';
import type { ContentConfig, RequestOf } from '../messaging';
import { sendMessage } from '../messaging/content';
import type { PAUSE_OUTCOMES } from '../storage/schemas';
import type { SiteAdapter } from '../sites/types';
import { newId } from '../ids';
import { t, type MessageKey } from '../i18n';
import type { PauseDecision } from './decide';
import type { OverlayHandle } from './overlay-kit';
import { loadOverlay } from './overlay-loader';
import { replaySend, type SendGesture } from './replay';
import { restoreFocus, saveSelection } from './selection';
import { trapTab } from './focus-trap';
import { guardSight, type SightGuard } from './sight';

/** How long Send anyway waits for the site to empty the composer before asking for one more press. */
const DELIVERY_WAIT_MS = 500;
const DELIVERY_POLL_MS = 50;
const TOAST_MS = 5_000;
/** Past this, a held send stops waiting for the overlay and goes out as if Steady were absent. */
const OVERLAY_LOAD_MS = 3_000;

/** Counts pauses opened in this frame, so a short note that arrives late never covers a newer pause. */
let pausesOpened = 0;
let shownNote: OverlayHandle | undefined;

function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export type PauseRequest = {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  composer: HTMLElement;
  draft: string;
  decision: PauseDecision;
  gesture: SendGesture;
  site: string;
  config: ContentConfig;
  /** On the practice page nothing is recorded or saved. */
  practice: boolean;
  /** The send went through Steady's replay. */
  onSent(): void;
  /** The site took the replayed send (the composer emptied). */
  onDelivered(): void;
  /** The site did not take the replayed send: let the person's next send through once. */
  onNeedsPress(composer: HTMLElement, hint: () => void): void;
  onClosed(): void;
};

export type PauseSession = {
  /** Whether an event's path goes through this pause's overlay. */
  contains(path: readonly EventTarget[]): boolean;
  /**
   * Input that never reached the overlay. If Steady's window is gone or hidden (the page
   * removed or hid it), or a press landed where the window is (something laid over it),
   * Steady steps aside so the person is never stuck: `covered` means that press should go
   * nowhere, `hidden` that the input may carry on as usual.
   */
  strayed(event: KeyboardEvent | MouseEvent): 'covered' | 'hidden' | undefined;
  onKey(event: KeyboardEvent): void;
  /** The page is going away with the pause open. */
  leave(): void;
  /** Something went wrong: get out of the way and let the send happen. */
  failOpen(): void;
};

type PauseOutcome = (typeof PAUSE_OUTCOMES)[number];

const PRESS_HINTS: Record<ReturnType<SiteAdapter['sendKey']>, MessageKey> = {
  enter: 'overlay_pressEnter',
  'mod-enter': 'overlay_pressModEnter',
  'button-only': 'overlay_pressSend',
};

/** One held send: the overlay, the person's choice, the record, and the replay. */
export function openPause(request: PauseRequest): PauseSession {
  const { ctx, adapter, composer, draft, decision, config, practice } = request;
  const selection = saveSelection(composer);
  const openedAt = Date.now();
  const opened: RequestOf<'content:pause-opened'> = {
    pauseId: newId(),
    site: request.site,
    trigger: decision.trigger,
    patterns: [...new Set(decision.reflection.findings.map((finding) => finding.pattern))].slice(0, 10),
    score: Math.min(1, Math.max(0, decision.reflection.score)),
  };
  let ui: OverlayHandle | undefined;
  let sight: SightGuard | undefined;
  let closed = false;
  let waiting = config.settings.minimumWaitSeconds > 0;

  const notify = <N extends 'content:pause-opened' | 'content:pause-closed' | 'content:save-draft'>(name: N, data: RequestOf<N>) =>
    practice ? Promise.resolve(undefined) : sendMessage(name, data).catch(() => undefined);

  const close = (outcome: PauseOutcome) => {
    if (closed) return false;
    closed = true;
    sight?.stop();
    ui?.remove();
    void notify('content:pause-closed', { ...opened, outcome, durationMs: Math.min(86_400_000, Date.now() - openedAt) });
    request.onClosed();
    return true;
  };

  const mountOverlay = () => withinTime(loadOverlay(), OVERLAY_LOAD_MS).then((kit) => kit.mount(ctx, config.settings.theme));

  const toast = (message: string) => {
    const openedBefore = pausesOpened;
    mountOverlay().then(
      (note) => {
        if (pausesOpened !== openedBefore) return note.remove();
        shownNote?.remove();
        shownNote = note;
        note.showToast(message);
        ctx.setTimeout(() => note.remove(), TOAST_MS);
      },
      () => undefined,
    );
  };

  const sendOnce = () => {
    restoreFocus(composer, selection);
    replaySend(adapter, composer, request.gesture);
    request.onSent();
    let waited = 0;
    const check = () => {
      if (!composer.isConnected || adapter.readDraft(composer) === '') return request.onDelivered();
      waited += DELIVERY_POLL_MS;
      if (waited < DELIVERY_WAIT_MS) ctx.setTimeout(check, DELIVERY_POLL_MS);
      else request.onNeedsPress(composer, () => toast(t(PRESS_HINTS[adapter.sendKey(composer)])));
    };
    ctx.setTimeout(check, DELIVERY_POLL_MS);
  };

  const choose = (choice: PauseChoice, remindInMinutes?: number) => {
    if (choice === 'send') {
      if (close('sent-anyway')) sendOnce();
    } else if (choice === 'edit' || choice === 'breathe') {
      if (!close('kept-editing')) return;
      restoreFocus(composer, selection);
      if (choice === 'breathe') sendMessage('content:start-breathing', {}).catch(() => undefined);
    } else if (close('saved-for-later')) {
      restoreFocus(composer, selection);
      void notify('content:save-draft', { pauseId: opened.pauseId, site: request.site, text: draft.slice(0, 20_000), remindInMinutes }).then(() =>
        toast(t(practice ? 'overlay_savedPractice' : 'overlay_saved')),
      );
    }
  };

  /**
   * Steady cannot be sure the person sees its window (the page faded or covered it): its
   * buttons do nothing, the draft goes back to the composer, and the person's own next send
   * goes straight through. A short note says why.
   */
  const stepAside = () => {
    if (!close('kept-editing')) return;
    restoreFocus(composer, selection);
    request.onNeedsPress(composer, () => toast(t('overlay_hidden')));
  };

  const show = () =>
    ui?.showDialog({
      draft,
      reflection: decision.reflection,
      trigger: decision.trigger,
      pauseSeconds: config.settings.pauseSeconds,
      waiting,
      reminders: config.settings.draftReminders && !practice,
      reachingOut: config.evidence.reachingOutThisMonth,
      onChoice: (choice, remindIn, event) => {
        const act = (clear: boolean) => {
          try {
            if (clear) choose(choice, remindIn);
            else stepAside();
          } catch {
            ui?.remove();
          }
        };
        if (event && sight) void sight.sawClearly(event).then(act, () => act(false));
        else act(true);
      },
    });

  const failOpen = () => {
    if (close('sent-anyway')) sendOnce();
  };

  const failOpenQuietly = () => {
    try {
      failOpen();
    } catch {
      ui?.remove();
    }
  };

  // A note from an earlier pause must not lie over this one's buttons.
  pausesOpened++;
  shownNote?.remove();
  shownNote = undefined;
  void notify('content:pause-opened', opened);
  mountOverlay().then((handle) => {
    if (closed) return handle.remove();
    try {
      ui = handle;
      show();
      const dialog = handle.shadow.querySelector<HTMLElement>('[role="dialog"]');
      if (dialog) sight = guardSight(ctx, handle.host, dialog);
      dialog?.focus();
      if (waiting) {
        ctx.setTimeout(() => {
          waiting = false;
          show();
        }, config.settings.minimumWaitSeconds * 1000);
      }
    } catch {
      failOpenQuietly();
    }
  }, failOpenQuietly);

  return {
    contains: (path) => !!ui && path.includes(ui.host),
    strayed(event) {
      if (closed || !sight) return undefined;
      const verdict = sight.hidden() ? 'hidden' : event.type === 'pointerdown' && sight.coveredAt(event as MouseEvent) ? 'covered' : undefined;
      if (verdict) stepAside();
      return verdict;
    },
    onKey(event) {
      if (!ui) return;
      if (event.key === 'Escape') choose('edit');
      else if (event.key === 'Tab') trapTab(ui.shadow, event);
    },
    leave: () => void close('left-page'),
    failOpen,
  };
}
