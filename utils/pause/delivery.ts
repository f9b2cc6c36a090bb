import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';
import { CONFIRM_MS } from './send-flow';

const WATCH_EVERY_MS = 100;

/** The path an event aimed at `element` would have, so an adapter can resolve it as it does a real one. */
function pathTo(element: HTMLElement): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = element; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) path.push(node);
  const view = element.ownerDocument.defaultView;
  if (view) path.push(view);
  return path;
}

/**
 * The composer that now holds this conversation's draft: the same element while it is in the page,
 * else the one a re-rendering site put in its place (the focused one first), else none.
 */
export function liveComposer(adapter: SiteAdapter, composer: HTMLElement): HTMLElement | undefined {
  if (composer.isConnected) return composer;
  const doc = composer.ownerDocument;
  const candidates = [doc.activeElement, ...doc.querySelectorAll('textarea, input, [contenteditable]')].filter(
    (node): node is HTMLElement => node instanceof HTMLElement,
  );
  for (const candidate of candidates) {
    const found = adapter.findComposer(pathTo(candidate));
    if (found?.isConnected) return found;
  }
  return undefined;
}

/** What the composer holds now, compared with the words Steady held; undefined when no composer is left. */
export function reread(adapter: SiteAdapter, composer: HTMLElement, draft: string): { composer: HTMLElement; state: 'same' | 'changed' | 'empty' } | undefined {
  const live = liveComposer(adapter, composer);
  if (!live) return undefined;
  const now = adapter.readDraft(live);
  return { composer: live, state: now === draft ? 'same' : now.trim() === '' ? 'empty' : 'changed' };
}

/**
 * Watches, without sleeping, for positive evidence that the site took a replayed send: the
 * composer emptied, or it was replaced and the words are in no composer any more. A slow
 * server gets the whole window; the answer comes at the first sign.
 */
export function watchDelivery(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  composer: HTMLElement,
  draft: string,
  report: { delivered(): void; timedOut(draftStillThere: boolean): void },
  windowMs = CONFIRM_MS,
): void {
  const started = Date.now();
  const look = () => {
    const now = reread(adapter, composer, draft);
    if (now?.state === 'empty') return report.delivered();
    if (Date.now() - started < windowMs) return void ctx.setTimeout(look, WATCH_EVERY_MS);
    report.timedOut(now?.state === 'same');
  };
  ctx.setTimeout(look, WATCH_EVERY_MS);
}
