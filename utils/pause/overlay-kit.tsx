import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import overlayCss from '@/components/overlay/overlay.css?inline';
import { PauseDialog, type PauseDialogProps } from '@/components/overlay/PauseDialog';
import { FeedbackNote, Toast } from '@/components/overlay/Toast';
import type { PauseFeedback } from '../storage/values';
import type { PauseSettings } from './decide';

/**
 * Everything Steady shows inside a host page: the pause window and its short notes. It is
 * part of the pause kit, loaded only when a composer is first used (see `./kit-loader`), so
 * pages where nobody writes never carry Preact or the window's styles.
 */

export type OverlayHandle = {
  host: HTMLElement;
  shadow: ShadowRoot;
  showDialog(props: PauseDialogProps): void;
  showToast(message: string): void;
  /** "Was this pause useful?", with its answers. */
  askFeedback(onAnswer: (answer: PauseFeedback) => void, onDismiss: () => void): void;
  remove(): void;
};

export type OverlayKit = {
  mount(ctx: ContentScriptContext, theme: PauseSettings['theme']): Promise<OverlayHandle>;
};

/** How often an open overlay checks that the extension is still there. */
const ORPHAN_CHECK_MS = 100;

function isDark(theme: PauseSettings['theme']): boolean {
  return theme === 'dark' || (theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
}

/**
 * Attaches a `steady-pause` element with Steady's view inside a shadow root: closed in
 * real builds so pages cannot reach in, open in e2e builds so tests can.
 */
async function mount(ctx: ContentScriptContext, theme: PauseSettings['theme']): Promise<OverlayHandle> {
  const ui = await createShadowRootUi(ctx, {
    name: 'steady-pause',
    position: 'inline',
    anchor: 'body',
    mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed',
    css: overlayCss,
    onMount: (container) => {
      container.className = isDark(theme) ? 'steady dark' : 'steady';
      return container;
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();
  // After an extension reload or update this script is orphaned and nothing would take the
  // overlay away: check every moment while it is open (the check removes it, see WXT's ctx).
  const watch = setInterval(() => {
    if (ctx.isInvalid) clearInterval(watch);
  }, ORPHAN_CHECK_MS);
  return {
    host: ui.shadowHost,
    shadow: ui.shadow,
    showDialog: (props) => render(<PauseDialog {...props} />, ui.uiContainer),
    showToast: (message) => render(<Toast message={message} />, ui.uiContainer),
    askFeedback: (onAnswer, onDismiss) => render(<FeedbackNote onAnswer={onAnswer} onDismiss={onDismiss} />, ui.uiContainer),
    remove: () => {
      clearInterval(watch);
      ui.remove();
    },
  };
}

export const overlayKit: OverlayKit = { mount };
