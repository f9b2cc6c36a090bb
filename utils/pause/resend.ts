import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';
import { t, type MessageKey } from '../i18n';
import type { PauseSettings } from './decide';
import { replaySend, type SendGesture } from './replay';
import { showNote } from './notes';

/** How long a resend waits for the site to empty the composer before asking for one more press. */
const DELIVERY_WAIT_MS = 500;
const DELIVERY_POLL_MS = 50;

const PRESS_HINTS: Record<ReturnType<SiteAdapter['sendKey']>, MessageKey> = {
  enter: 'overlay_pressEnter',
  'mod-enter': 'overlay_pressModEnter',
  'button-only': 'overlay_pressSend',
};

export type ResendRequest = {
  ctx: ContentScriptContext;
  adapter: SiteAdapter;
  composer: HTMLElement;
  gesture: SendGesture;
  theme: PauseSettings['theme'];
  /** The send went through Steady's replay. */
  onSent(): void;
  /** The site took the replayed send (the composer emptied). */
  onDelivered(): void;
  /** The site did not take the replayed send: let the person's next send through once. */
  onNeedsPress(composer: HTMLElement, hint: () => void): void;
};

/**
 * Sends a held draft through the site's own path, then watches that the site took it. Sites
 * that act on trusted input only ignore a replay: the person's next send then goes straight
 * through, and a short note asks for it.
 */
export function resend(request: ResendRequest): void {
  const { ctx, adapter, composer } = request;
  replaySend(adapter, composer, request.gesture);
  request.onSent();
  let waited = 0;
  const check = () => {
    if (!composer.isConnected || adapter.readDraft(composer) === '') return request.onDelivered();
    waited += DELIVERY_POLL_MS;
    if (waited < DELIVERY_WAIT_MS) ctx.setTimeout(check, DELIVERY_POLL_MS);
    else request.onNeedsPress(composer, () => showNote(ctx, request.theme, t(PRESS_HINTS[adapter.sendKey(composer)])));
  };
  ctx.setTimeout(check, DELIVERY_POLL_MS);
}
