import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A calm draft and a charged one (over-apology, the clearest pattern). */
export const CALM = 'Sounds good, see you at six!';
export const CHARGED = "I'm so sorry, I'm sorry, I'm such an idiot, sorry, please don't be mad at me";

/** The pause overlay, when one is open (its shadow root is open in the e2e build). */
export const overlay = (page: Page) => page.locator('steady-pause [role="dialog"]');

/** Waits until Steady's content script has its settings and is watching this page. */
export async function steadyReady(page: Page): Promise<void> {
  await expect(page.locator('html[data-steady-ready="on"]')).toHaveCount(1);
}

/** What the host page delivered, by its own account (`window.__delivered`). */
export async function delivered(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as unknown as { __delivered?: string[] }).__delivered ?? []).map(String));
}

/** Waits until nothing more can arrive from a send in flight, then returns what was delivered. */
export async function settledDeliveries(page: Page): Promise<string[]> {
  // Two animation frames and a macrotask: any site handler queued by the send has run.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
  return delivered(page);
}

/** Waits for exactly `count` deliveries, then checks no extra one follows. */
export async function expectDeliveries(page: Page, expected: string[]): Promise<void> {
  await expect.poll(() => delivered(page)).toHaveLength(expected.length);
  expect((await settledDeliveries(page)).map((text) => text.trim())).toEqual(expected);
}

export type HostKind = 'chat' | 'mail' | 'trusted-only' | 'frame';

/** How a person sends from each host, and how the test reaches its composer. */
export const HOSTS: Record<HostKind, { sendKeys: string[]; button: boolean; composer: (page: Page) => ReturnType<Page['locator']> }> = {
  chat: { sendKeys: ['Enter'], button: true, composer: (page) => page.getByRole('textbox', { name: 'Message' }) },
  mail: { sendKeys: ['Control+Enter'], button: true, composer: (page) => page.getByRole('textbox', { name: 'Message body' }) },
  'trusted-only': { sendKeys: ['Enter'], button: false, composer: (page) => page.getByRole('textbox', { name: 'Message' }) },
  frame: { sendKeys: ['Enter'], button: false, composer: (page) => page.frameLocator('iframe').locator('body') },
};

/**
 * Builds a small host page following the fixture delivery contract (`window.__delivered`
 * and `<ol data-testid="delivered">`):
 * - chat: a textarea in a form; Enter sends through requestSubmit; a Send button submits.
 * - mail: a contenteditable body under a subject line; Ctrl+Enter sends (its Send control says so), and a Send
 *   control that acts on click only after a mousedown on it (as webmail does).
 * - trusted-only: a textarea whose Enter key and Send button ignore untrusted events.
 * - frame: an editor in an about:blank iframe; Enter sends, handled by the parent page.
 */
export async function buildHost(page: Page, origin: string, kind: HostKind): Promise<void> {
  await page.goto(`${origin}/pages/plain.html`);
  await page.evaluate((kind) => {
    const list = document.createElement('ol');
    list.dataset.testid = 'delivered';
    document.body.append(list);
    const sent: string[] = [];
    (window as unknown as { __delivered: string[] }).__delivered = sent;
    const deliver = (text: string) => {
      if (text.trim() === '') return false;
      sent.push(text);
      const item = document.createElement('li');
      item.textContent = text;
      list.append(item);
      return true;
    };
    const enterSends = (event: KeyboardEvent) => event.key === 'Enter' && !event.shiftKey && !event.isComposing;

    if (kind === 'chat' || kind === 'trusted-only') {
      const form = document.createElement('form');
      const field = document.createElement('textarea');
      field.setAttribute('aria-label', 'Message');
      const button = document.createElement('button');
      button.textContent = 'Send';
      form.append(field, button);
      document.body.append(form);
      if (kind === 'trusted-only') {
        button.type = 'button';
        button.addEventListener('click', (event) => event.isTrusted && form.requestSubmit());
      }
      field.addEventListener('keydown', (event) => {
        if (!enterSends(event) || (kind === 'trusted-only' && !event.isTrusted)) return;
        event.preventDefault();
        form.requestSubmit();
      });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (deliver(field.value)) field.value = '';
      });
    } else if (kind === 'mail') {
      const subject = document.createElement('input');
      subject.name = 'subject';
      subject.setAttribute('aria-label', 'Subject');
      const body = document.createElement('div');
      body.contentEditable = 'true';
      body.setAttribute('role', 'textbox');
      body.setAttribute('aria-multiline', 'true');
      body.setAttribute('aria-label', 'Message body');
      const send = document.createElement('div');
      send.setAttribute('role', 'button');
      send.setAttribute('aria-label', 'Send');
      // Webmail names its shortcut on the control (as Gmail and Outlook do): Ctrl+Enter sends here.
      send.title = 'Send (Ctrl+Enter)';
      send.tabIndex = 0;
      send.textContent = 'Send';
      const wrapper = document.createElement('div');
      wrapper.append(subject, body, send);
      document.body.append(wrapper);
      const text = () =>
        [...body.childNodes]
          .filter((node) => !(node instanceof HTMLElement && node.classList.contains('placeholder')))
          .map((node) => node.textContent)
          .join('\n');
      const sendMail = () => {
        if (deliver(text())) body.textContent = '';
      };
      let pressed = false;
      send.addEventListener('mousedown', () => (pressed = true));
      send.addEventListener('click', () => {
        if (pressed) sendMail();
        pressed = false;
      });
      body.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          sendMail();
        }
      });
    } else {
      const frame = document.createElement('iframe');
      frame.title = 'Editor';
      document.body.append(frame);
      const editor = frame.contentDocument!;
      editor.body.contentEditable = 'true';
      editor.body.setAttribute('aria-label', 'Message');
      editor.addEventListener('keydown', (event) => {
        if (!enterSends(event)) return;
        event.preventDefault();
        if (deliver(editor.body.innerText)) editor.body.textContent = '';
      });
    }
  }, kind);
}

/** Replaces whatever the composer holds with `text`, the way a person would type it. */
export async function typeDraft(page: Page, kind: HostKind, text: string): Promise<void> {
  const composer = HOSTS[kind].composer(page);
  if (kind === 'chat' || kind === 'trusted-only') return composer.fill(text);
  await composer.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** The text a host's composer holds right now (placeholders left out). */
export async function draftIn(page: Page, kind: HostKind): Promise<string> {
  const composer = HOSTS[kind].composer(page);
  if (kind === 'chat' || kind === 'trusted-only') return composer.inputValue();
  return composer.evaluate((element) =>
    [...element.childNodes]
      .filter((node) => !(node.nodeType === 1 && (node as Element).classList.contains('placeholder')))
      .map((node) => node.textContent)
      .join('')
      .trim(),
  );
}

/** A real mouse click in the middle of an element (a held click puts the overlay on top of it mid-click). */
export async function clickAt(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('nothing to click');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Opens the textarea fixture, types a charged draft and presses Enter: the pause is open. Returns the composer. */
export async function openChargedPause(page: Page, origin: string): Promise<ReturnType<Page['locator']>> {
  await page.goto(`${origin}/dist/textarea-form/index.html`);
  await steadyReady(page);
  const composer = page.getByRole('textbox', { name: 'Message' });
  await composer.fill(CHARGED);
  await composer.press('Enter');
  await expect(overlay(page)).toBeVisible();
  return composer;
}

/** An Enter pressed while an input method is composing "か", as the browser delivers it (key code 229). */
export async function imeEnter(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'か', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.insertText', { text: 'か' });
  await cdp.detach();
}
