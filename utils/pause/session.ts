import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PauseChoice } from '@/components/overlay/PauseDialog';
import type { ContentConfig, RequestOf } from '../messaging';
import { sendMessage } from '../messaging/content';
import type { PAUSE_OUTCOMES } from '../storage/schemas';
import type { SiteAdapter } from '../sites/types';
import { newId } from '../ids';
import { t } from '../i18n';
import type { PauseDecision } from './decide';
import type { OverlayHandle } from './overlay-kit';
import type { SendGesture } from './replay';
import { resend, type ResendRequest } from './resend';
import { mountOverlay, pauseOpening, showNote } from './notes';
import { restoreFocus, saveSelection } from './selection';
import { trapTab } from './focus-trap';
import { guardSight, type SightGuard } from './sight';

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
  onSent: ResendRequest['onSent'];
  onDelivered: ResendRequest['onDelivered'];
  onNeedsPress: ResendRequest['onNeedsPress'];
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

  const theme = config.settings.theme;
  const toast = (message: string) => showNote(ctx, theme, message);

  const sendOnce = () => {
    restoreFocus(composer, selection);
    resend({ ctx, adapter, composer, gesture: request.gesture, theme, onSent: request.onSent, onDelivered: request.onDelivered, onNeedsPress: request.onNeedsPress });
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

  pauseOpening();
  void notify('content:pause-opened', opened);
  mountOverlay(ctx, theme).then((handle) => {
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
