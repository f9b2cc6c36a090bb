import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Clickjacking guard for the pause overlay. A page cannot click Steady's buttons itself
 * (only trusted events count), but it could fade Steady's window out, or lay something
 * over it, so that the person clicks a button they cannot see. Steady's buttons act only
 * on a click the person could see: otherwise Steady steps aside (see session.ts).
 */

/** Below this opacity (the element's times every ancestor's), Steady's window counts as hidden. */
const MIN_OPACITY = 0.5;
/** The shortest interval IntersectionObserver v2 allows when tracking visibility. */
const VISIBILITY_DELAY_MS = 100;
/** Past this, a verdict the browser owes is given up on, and the checks made at the click decide. */
const VERDICT_TIMEOUT_MS = 1_000;

type VisibilityOptions = IntersectionObserverInit & { trackVisibility: boolean; delay: number };
type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The opacity a person actually sees an element at: its own times its ancestors', across shadow roots and filters. */
export function effectiveOpacity(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
    const style = getComputedStyle(node);
    const own = Number.parseFloat(style.opacity);
    if (Number.isFinite(own)) opacity *= own;
    for (const [, amount, percent] of style.filter.matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) opacity *= Number(amount) / (percent ? 100 : 1);
  }
  return opacity;
}

const browserTracksVisibility = () => typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

/**
 * The browser's own verdict on whether anything covers or fades `element` at the next
 * frame (IntersectionObserver v2), or undefined where the browser cannot say.
 */
function browserVerdict(element: Element): Promise<boolean | undefined> {
  if (!browserTracksVisibility()) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const done = (visible: boolean | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(visible);
    };
    const options: VisibilityOptions = { trackVisibility: true, delay: VISIBILITY_DELAY_MS };
    const observer = new IntersectionObserver((entries) => done((entries.at(-1) as VisibilityEntry | undefined)?.isVisible), options);
    const timer = setTimeout(() => done(undefined), VERDICT_TIMEOUT_MS);
    observer.observe(element);
  });
}

export type SightGuard = {
  /**
   * Whether a trusted click on one of Steady's controls came from a person who could see
   * it: checked at the click (opacity, visibility, what is under the pointer, the browser's
   * latest verdict) and again at the next frame, so a decoy laid down just before the click
   * is caught too.
   */
  sawClearly(event: MouseEvent): Promise<boolean>;
  /** Whether a press at this point, which never reached Steady, landed on something laid over its window. */
  coveredAt(event: MouseEvent): boolean;
  /** Whether the window is gone from the page or not shown at all (removed, or inside something hidden). */
  hidden(): boolean;
  stop(): void;
};

/**
 * Watches the overlay's `dialog` (and its `.actions` row, where the browser can say
 * whether anything covers it: IntersectionObserver v2 in Chromium).
 */
export function guardSight(ctx: ContentScriptContext, host: HTMLElement, dialog: HTMLElement): SightGuard {
  let hiddenByBrowser = false;
  let observer: IntersectionObserver | undefined;
  const actions = dialog.querySelector('.actions') ?? dialog;
  if (browserTracksVisibility()) {
    const options: VisibilityOptions = { trackVisibility: true, delay: VISIBILITY_DELAY_MS };
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries as VisibilityEntry[]) hiddenByBrowser = entry.isVisible === false;
    }, options);
    observer.observe(actions);
  }
  const stop = () => observer?.disconnect();
  ctx.onInvalidated(stop);

  return {
    async sawClearly(event) {
      const control = event.target instanceof Element ? event.target : dialog;
      if (hiddenByBrowser || effectiveOpacity(control) < MIN_OPACITY || getComputedStyle(control).visibility !== 'visible') return false;
      // A pointer click (keyboard activation has no point, and `detail` 0) must land on Steady's own element.
      if (event.detail > 0 && host.ownerDocument.elementFromPoint(event.clientX, event.clientY) !== host) return false;
      return (await browserVerdict(actions)) !== false;
    },
    hidden() {
      if (!host.isConnected) return true;
      const box = dialog.getBoundingClientRect();
      const shown = typeof dialog.checkVisibility === 'function' ? dialog.checkVisibility({ visibilityProperty: true }) : box.width > 0;
      return !shown || box.width === 0 || box.height === 0 || effectiveOpacity(dialog) < MIN_OPACITY;
    },
    coveredAt(event) {
      if (!host.isConnected) return false;
      const box = dialog.getBoundingClientRect();
      return event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    },
    stop,
  };
}
