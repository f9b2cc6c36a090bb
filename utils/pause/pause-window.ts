import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PauseChoice } from '@/components/overlay/PauseDialog';
import type { ContentConfig } from '../messaging';
import type { PauseDecision } from './decide';
import type { OverlayHandle } from './overlay-kit';
import { mountOverlay, pauseOpening } from './notes';
import { restoreFocus, saveSelection } from './selection';
import { trapTab } from './focus-trap';
import { guardSight, type SightGuard } from './sight';

export type PauseWindowRequest = {
  ctx: ContentScriptContext;
  composer: HTMLElement;
  draft: string;
  decision: PauseDecision;
  config: ContentConfig;
  practice: boolean;
  /** A choice made with a click the person could see, or with the keyboard. */
  onChoice(choice: PauseChoice, remindInMinutes?: number): void;
  /** Steady cannot be sure the person sees its window (the page faded, covered or removed it). */
  onStepAside(): void;
  /** The window could not be shown. */
  onFailure(): void;
  /** The composer that holds the draft now: a re-rendering site may have replaced the one paused. */
  composerNow(): HTMLElement;
};

export type PauseWindow = {
  /** Whether an event's path goes through this pause's window. */
  contains(path: readonly EventTarget[]): boolean;
  /**
   * Input that never reached the window. If it is gone or hidden, or a press landed where it is
   * (something laid over it), Steady steps aside so the person is never stuck: `covered` means
   * that press should go nowhere, `hidden` that the input may carry on as usual.
   */
  strayed(event: KeyboardEvent | MouseEvent): 'covered' | 'hidden' | undefined;
  onKey(event: KeyboardEvent): void;
  /** Takes the window away and puts the caret back in the composer. */
  close(): void;
};

/** The pause window: the breath, what was noticed, the question and the three choices. It records and sends nothing itself. */
export function openPauseWindow(request: PauseWindowRequest): PauseWindow {
  const { ctx, composer, draft, decision, config, practice } = request;
  const selection = saveSelection(composer);
  let ui: OverlayHandle | undefined;
  let sight: SightGuard | undefined;
  let closed = false;
  let waiting = config.settings.minimumWaitSeconds > 0;

  const show = () =>
    ui?.showDialog({
      draft,
      reflection: decision.reflection,
      trigger: decision.trigger,
      pauseSeconds: config.settings.pauseSeconds,
      waiting,
      reminders: config.settings.draftReminders && !practice,
      evidence: config.evidence,
      onChoice: (choice, remindIn, event) => {
        if (!event || !sight) return request.onChoice(choice, remindIn);
        void sight.sawClearly(event).then(
          (clear) => (clear ? request.onChoice(choice, remindIn) : request.onStepAside()),
          () => request.onStepAside(),
        );
      },
    });

  pauseOpening();
  mountOverlay(ctx, config.settings.theme).then((handle) => {
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
      request.onFailure();
    }
  }, request.onFailure);

  return {
    contains: (path) => !!ui && path.includes(ui.host),
    strayed(event) {
      if (closed || !sight) return undefined;
      const verdict = sight.hidden() ? 'hidden' : event.type === 'pointerdown' && sight.coveredAt(event as MouseEvent) ? 'covered' : undefined;
      if (verdict) request.onStepAside();
      return verdict;
    },
    onKey(event) {
      if (!ui) return;
      if (event.key === 'Escape') request.onChoice('edit');
      else if (event.key === 'Tab') trapTab(ui.shadow, event);
    },
    close() {
      if (closed) return;
      closed = true;
      sight?.stop();
      ui?.remove();
      const live = request.composerNow();
      // A replaced composer gets the focus without the old caret, which belonged to another element.
      restoreFocus(live, live === composer ? selection : undefined);
    },
  };
}
