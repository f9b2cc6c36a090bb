import type { SupportedSiteId } from '../storage/schemas';
import type { SendKey, SiteAdapter } from './types';
import { isAutocompleteOpen, isElement, readPlainText, subjectNear } from './dom';

/** How far up from a composer its send control is looked for (webmail toolbars sit deep). */
const DEFAULT_REACH = 16;
/** Labels and tooltips that name Ctrl/Cmd+Enter as the send shortcut. */
const MOD_ENTER_LABEL = /\b(ctrl|control|cmd|command)\s*[-+]\s*(enter|return)\b|⌘\s*[-+]?\s*(enter|return|↵)/i;

/** One supported site, described by its selectors and the few things that differ. */
export interface SiteSpec {
  readonly id: SupportedSiteId;
  matches(url: URL): boolean;
  /** Matches the composer element itself (the editable root or text field). */
  readonly composer: string;
  /** Matches the control that sends a composer's draft. */
  readonly sendControl: string;
  /** Parts of a composer that are not the person's new words (quoted history, signatures). */
  readonly notDraft?: string;
  /** A marker the site puts before quoted history: it and everything after it are left out. */
  readonly quotedAfter?: string;
  /** Suggestion popups (mentions, emoji) that, when present near the composer, take Enter. */
  readonly suggestions?: string;
  /** Ancestor levels searched between a composer and its send control. */
  readonly reach?: number;
  /** Matches a mail's subject field (mail sites only). */
  readonly subject?: string;
  sendKey(composer: HTMLElement): SendKey;
  threadId(composer: HTMLElement): string | undefined;
}

/** The first element in an event's composed path that matches `selector`. */
export function firstInPath(path: readonly EventTarget[], selector: string): HTMLElement | undefined {
  return path.find((target): target is HTMLElement => isElement(target) && target.matches(selector));
}

/** The nearest ancestor of `from`, within `reach` levels, that contains a `selector` match; and that match. */
function nearest(from: HTMLElement, selector: string, reach: number): HTMLElement | undefined {
  let level = 0;
  for (let scope = from.parentElement; scope && level < reach; scope = scope.parentElement, level++) {
    const found = scope.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return undefined;
}

/** Whether an element is hidden by markup (no layout is needed, so it holds in any realm). */
function hiddenByMarkup(element: Element): boolean {
  return !!element.closest('[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]');
}

/** A listbox the composer points at (`aria-controls`/`aria-owns`) that currently shows options. */
function ownedListOpen(composer: HTMLElement): boolean {
  const ids = `${composer.getAttribute('aria-controls') ?? ''} ${composer.getAttribute('aria-owns') ?? ''}`.split(/\s+/).filter(Boolean);
  return ids.some((id) => {
    const list = composer.ownerDocument.getElementById(id);
    return !!list && !hiddenByMarkup(list) && !!list.querySelector('[role="option"]');
  });
}

/** Whether a send control's label or tooltip names Ctrl/Cmd+Enter (sites that show the shortcut). */
export function labelNamesModEnter(control: HTMLElement | undefined): boolean {
  if (!control) return false;
  if (/\b(control|meta)\+enter\b/i.test(control.getAttribute('aria-keyshortcuts') ?? '')) return true;
  return ['aria-label', 'title', 'data-tooltip'].some((name) => MOD_ENTER_LABEL.test(control.getAttribute(name) ?? ''));
}

/** The page address a composer lives at (its own frame's, for editors in frames). */
export function composerUrl(composer: HTMLElement): URL | undefined {
  const href = composer.ownerDocument.defaultView?.location.href;
  return href ? new URL(href) : undefined;
}

/** An adapter from a site's description: the shared lookups, once, for all ten sites. */
export function siteAdapter(spec: SiteSpec): SiteAdapter {
  const reach = spec.reach ?? DEFAULT_REACH;
  const findSendControl = (composer: HTMLElement) => nearest(composer, spec.sendControl, reach);
  return {
    id: spec.id,
    matches: (url) => url.protocol === 'https:' && spec.matches(url),
    findComposer: (path) => firstInPath(path, spec.composer),
    readDraft(composer) {
      const skip = [spec.notDraft, spec.quotedAfter].filter(Boolean).join(', ');
      if (!skip || !composer.querySelector(skip)) return readPlainText(composer);
      // Read a detached copy so the page's own editor is never touched.
      const copy = composer.cloneNode(true) as HTMLElement;
      if (spec.quotedAfter) {
        for (const marker of copy.querySelectorAll(spec.quotedAfter)) {
          while (marker.nextSibling) marker.nextSibling.remove();
          marker.remove();
        }
      }
      if (spec.notDraft) for (const part of copy.querySelectorAll(spec.notDraft)) part.remove();
      return readPlainText(copy);
    },
    findSendControl,
    composerForSendControl(path) {
      const control = firstInPath(path, spec.sendControl);
      const composer = control && nearest(control, spec.composer, reach);
      const own = composer && findSendControl(composer);
      // The pair must agree both ways, so a click never lands on another composer's draft
      // (the path may hold the button or the icon inside it).
      return own && (own.contains(control) || control.contains(own)) ? composer : undefined;
    },
    sendKey: spec.sendKey,
    isSuggestionOpen(composer) {
      if (isAutocompleteOpen(composer) || ownedListOpen(composer)) return true;
      if (!spec.suggestions) return false;
      const popup = nearest(composer, spec.suggestions, reach);
      return !!popup && !hiddenByMarkup(popup);
    },
    threadId: spec.threadId,
    readSubject: (composer) => (spec.subject ? subjectNear(composer, (field) => field.matches(spec.subject!)) : undefined),
  };
}
