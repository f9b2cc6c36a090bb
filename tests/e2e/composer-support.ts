import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import type { ComposerFixture } from './composers';
import { clickAt } from './pause-support';

/** Opens a composer fixture page and waits until its editor is up; returns the composer. */
export async function openFixture(page: Page, origin: string, fixture: ComposerFixture): Promise<Locator> {
  await page.goto(`${origin}${fixture.path}`);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  const composer = (fixture.frame ? page.frameLocator(fixture.frame) : page).locator(fixture.composer);
  await expect(composer).toHaveCount(1);
  return composer;
}

/** What the person sees in the composer: its value, or its text without placeholders and caret fillers. */
export function visibleDraft(composer: Locator): Promise<string> {
  return composer.evaluate((element: HTMLElement) => {
    if (element instanceof HTMLTextAreaElement) return element.value;
    let text = element.innerText;
    for (const placeholder of element.querySelectorAll<HTMLElement>('[contenteditable="false"]')) text = text.replace(placeholder.innerText, '');
    return text
      .replace(/[\u200b\u2060\ufeff]/g, '')
      .replaceAll('\u00a0', ' ')
      .trim();
  });
}

/** Whether the composer has the keyboard focus: its own document's, and the page's (for editors in frames). */
export function composerHasFocus(composer: Locator): Promise<boolean> {
  return composer.evaluate((element: HTMLElement) => {
    const active = element.ownerDocument.activeElement;
    return element.ownerDocument.hasFocus() && !!active && (active === element || element.contains(active));
  });
}

/** Resolves after two animation frames of the composer's window: queued selection and input events have run. */
function afterTwoFrames(composer: Locator): Promise<void> {
  return composer.evaluate((element) => {
    const view = element.ownerDocument.defaultView ?? window;
    return new Promise<void>((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve())));
  });
}

/** Puts the caret at the end of the composer, as a person clicking into it and pressing Ctrl+End would. */
export async function focusComposer(page: Page, composer: Locator): Promise<void> {
  // A real click where the composer is, as a person's: a page that re-renders its composer more
  // often than Playwright's checks for a stable element take would otherwise never be clicked.
  await expect(async () => {
    if (!(await composerHasFocus(composer))) await clickAt(page, composer);
    expect(await composerHasFocus(composer)).toBe(true);
  }).toPass();
  await page.keyboard.press('Control+End');
}

/**
 * Replaces whatever the composer holds with `text`, through real input (select all, delete,
 * then the text as one input, as a paste or an input method gives it), and waits until the
 * editor shows it.
 */
export async function typeInto(page: Page, composer: Locator, text: string): Promise<void> {
  await focusComposer(page, composer);
  if ((await visibleDraft(composer)) !== '') {
    await expect(async () => {
      await page.keyboard.press('Control+A');
      // As a person's hands would, let the editor see the selection before deleting it (some
      // editors, RoosterJS among them, act on the selection they last heard of).
      await afterTwoFrames(composer);
      await page.keyboard.press('Backspace');
      await expect.poll(() => visibleDraft(composer), { timeout: 2_000 }).toBe('');
    }).toPass();
  }
  await page.keyboard.insertText(text);
  await expect.poll(() => visibleDraft(composer)).toBe(text);
}

/** The person's send: the host's send key, or a real click on its send control. */
export function sendFrom(page: Page, fixture: ComposerFixture, how: 'key' | 'button'): Promise<void> {
  if (how === 'button') return clickAt(page, page.locator(fixture.sendButton));
  if (!fixture.sendKey) throw new Error(`${fixture.name} has no send key: only its send control sends`);
  return page.keyboard.press(fixture.sendKey);
}

/** How a person usually sends on this host: its send key, or its send control where there is none. */
export const usualSend = (fixture: ComposerFixture): 'key' | 'button' => (fixture.sendKey ? 'key' : 'button');
