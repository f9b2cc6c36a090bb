import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SupportedSiteId } from '@/utils/storage/schemas';
import type { SendKey, SiteAdapter } from '@/utils/sites/types';

/** Addresses of every supported site, so each adapter is checked against all the others. */
export const SITE_URLS: Record<SupportedSiteId, string[]> = {
  gmail: ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGmvWlTbqzKxXnPLHkrDdJpw'],
  outlook: ['https://outlook.live.com/mail/0/inbox', 'https://outlook.office.com/mail/inbox/id/AAQkADEx', 'https://outlook.office365.com/mail/'],
  slack: ['https://app.slack.com/client/T0EXAMPLE/C0EXAMPLE'],
  discord: ['https://discord.com/channels/100000000000000001/200000000000000002'],
  whatsapp: ['https://web.whatsapp.com/'],
  messenger: ['https://www.messenger.com/t/100000000000001', 'https://www.facebook.com/messages/e2ee/t/100000000000002'],
  teams: ['https://teams.microsoft.com/v2/', 'https://teams.live.com/v2/'],
  linkedin: ['https://www.linkedin.com/messaging/thread/2-AbCdEf0123456789==/', 'https://www.linkedin.com/feed/'],
  telegram: ['https://web.telegram.org/k/#-1001234567890', 'https://web.telegram.org/a/#777000'],
  'google-chat': ['https://chat.google.com/room/AAAAexample1', 'https://mail.google.com/chat/u/0/#chat/space/AAAAexample1'],
};

export const snapshotPath = (name: string) => resolve(process.cwd(), 'tests/fixtures/sites', `${name}.html`);

/** Moves the test window to `url` without loading anything (adapters read ids from it). */
export function visit(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** Loads a dated snapshot from tests/fixtures/sites into the test document at `url`. */
export function loadSnapshot(name: string, url: string): void {
  visit(url);
  document.documentElement.innerHTML = readFileSync(snapshotPath(name), 'utf8');
}

export function element(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`The snapshot has no ${selector}`);
  return found;
}

/** The composed path a real click on `target` travels, as the content script sees it. */
export function pathFrom(target: Element): EventTarget[] {
  let path: EventTarget[] = [];
  const record = (event: Event) => (path = event.composedPath());
  window.addEventListener('click', record, { capture: true, once: true });
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  return path;
}

export interface SnapshotCase {
  adapter: SiteAdapter;
  /** File name in tests/fixtures/sites, without `.html`. */
  snapshot: string;
  url: string;
  /** A node inside the composer where a key press or click would start. */
  inComposer: string;
  /** A node inside the send control (an icon or label) where a click would start. */
  inSendControl: string;
  draft: string;
  /** Text the snapshot shows around or inside the composer that is not the draft (placeholders, hints, quotes). */
  notDraft: string;
  sendKey: SendKey;
  /** Puts the page in the state the site shows while a mention or emoji list is open. */
  openSuggestions(composer: HTMLElement): void;
  threadId: string | undefined;
}

/** The checks every site adapter passes against its snapshot. */
export function describeSnapshot(site: SnapshotCase): void {
  const { adapter } = site;
  const composer = () => {
    const found = adapter.findComposer(pathFrom(element(site.inComposer)));
    if (!found) throw new Error('No composer found');
    return found;
  };

  describe(`${adapter.id} adapter on ${site.snapshot}`, () => {
    beforeEachLoad(site);

    it("matches its own site's addresses and no other site's", () => {
      for (const [id, urls] of Object.entries(SITE_URLS)) {
        for (const url of urls) expect(adapter.matches(new URL(url)), url).toBe(id === adapter.id);
      }
      expect(adapter.matches(new URL(SITE_URLS[adapter.id as SupportedSiteId][0].replace('https:', 'http:')))).toBe(false);
    });

    it('finds the editable composer from a path that starts inside it, and nothing from elsewhere', () => {
      const found = composer();
      expect(found.isContentEditable || found.tagName === 'TEXTAREA').toBe(true);
      expect(found.contains(element(site.inComposer))).toBe(true);
      expect(found.parentElement?.isContentEditable).toBe(false);
      expect(adapter.findComposer(pathFrom(element(site.inSendControl)))).toBeUndefined();
    });

    it('reads the draft as plain text, leaving out what the snapshot shows that is not the draft', () => {
      expect(document.body.textContent).toContain(site.notDraft);
      const draft = adapter.readDraft(composer());
      expect(draft).toBe(site.draft);
      expect(draft).not.toContain(site.notDraft);
      expect(draft).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/);
    });

    it('finds the send control and maps a click inside it back to the composer', () => {
      const control = adapter.findSendControl(composer());
      expect(control?.contains(element(site.inSendControl))).toBe(true);
      expect(adapter.composerForSendControl(pathFrom(element(site.inSendControl)))).toBe(composer());
      expect(adapter.composerForSendControl(pathFrom(element(site.inComposer)))).toBeUndefined();
    });

    it(`reports ${site.sendKey} as the send key`, () => {
      expect(adapter.sendKey(composer())).toBe(site.sendKey);
    });

    it('notices an open suggestion list', () => {
      expect(adapter.isSuggestionOpen(composer())).toBe(false);
      site.openSuggestions(composer());
      expect(adapter.isSuggestionOpen(composer())).toBe(true);
    });

    it('names the conversation where the site exposes it', () => {
      expect(adapter.threadId(composer())).toBe(site.threadId);
    });
  });
}

/** Loads the case's snapshot before each test. */
export function beforeEachLoad(site: Pick<SnapshotCase, 'snapshot' | 'url'>): void {
  beforeEach(() => loadSnapshot(site.snapshot, site.url));
}
