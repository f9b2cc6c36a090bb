import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import type { ComposerFixture } from './composers';
import { composerHasFocus, openFixture, sendFrom, typeInto, usualSend, visibleDraft } from './composer-support';
import { CALM, CHARGED, expectDeliveries, imeEnter, overlay, settledDeliveries, steadyReady } from './pause-support';

/**
 * The pause end to end on one composer fixture, shared by the matrix (pages on 127.0.0.1) and its
 * plain-http twin (the same pages on a non-secure host a person added): each flow on a freshly
 * loaded page, driven by real key presses and clicks (Steady ignores synthetic ones by design).
 */

/** What Steady asks for when a host ignores its replay, by the host's send key. */
const PRESS_HINTS = { Enter: 'Press Enter to send.', 'Control+Enter': 'Press Ctrl+Enter to send.' } as const;

type Choice = 'Send anyway' | 'Keep editing' | 'Save for later';

export function driver(page: Page, fixture: ComposerFixture, origin: string) {
  const open = async (): Promise<Locator> => {
    const composer = await openFixture(page, origin, fixture);
    await steadyReady(page);
    return composer;
  };
  const pauses = page.locator('steady-pause');
  return {
    open,
    pauses,
    send: (how: 'key' | 'button' = usualSend(fixture)) => sendFrom(page, fixture, how),
    async expectPaused(): Promise<void> {
      await expect(overlay(page)).toBeVisible();
      await expect(overlay(page)).toHaveCount(1);
    },
    async choose(choice: Choice): Promise<void> {
      await overlay(page).getByRole('button', { name: choice }).click();
      await expect(overlay(page)).toHaveCount(0);
    },
    /**
     * After Send anyway: where the host ignores a replayed send, nothing goes out until the
     * person's own next press, which Steady then lets through once.
     */
    async completeSendAnyway(composer: Locator): Promise<void> {
      if (!fixture.replayIgnored) return;
      const sendKey = fixture.sendKey!;
      await expect(page.locator('steady-pause [role="status"]', { hasText: PRESS_HINTS[sendKey] })).toBeVisible();
      expect(await settledDeliveries(page)).toEqual([]);
      await expect.poll(() => composerHasFocus(composer)).toBe(true);
      await page.keyboard.press(sendKey);
    },
  };
}

export async function storedDrafts(extensionPage: Page): Promise<Array<{ text: string; site: string }>> {
  return extensionPage.evaluate(async () => ((await chrome.storage.local.get('drafts')).drafts ?? []) as Array<{ text: string; site: string }>);
}

/** The flows every composer fixture goes through, on `origin` (which is also the site a saved draft is recorded under). */
export async function pauseFlows(page: Page, fixture: ComposerFixture, origin: string, openExtensionPage: (name: 'popup') => Promise<Page>): Promise<void> {
  const steady = driver(page, fixture, origin);
  const charged = `${CHARGED} (${fixture.name})`;
  const ways = fixture.sendKey ? (['key', 'button'] as const) : (['button'] as const);

  await test.step(`a calm draft sends at once, exactly once, ${fixture.sendKey ? 'by key and ' : ''}by the send control`, async () => {
    const composer = await steady.open();
    await typeInto(page, composer, CALM);
    await steady.send();
    await expectDeliveries(page, [CALM]);
    const second = `${CALM} Thanks.`;
    await typeInto(page, composer, second);
    await steady.send('button');
    await expectDeliveries(page, [CALM, second]);
    await expect(steady.pauses).toHaveCount(0);
  });

  for (const how of ways) {
    await test.step(`a charged draft sent by ${how} opens one pause${how === 'key' ? ', however often pressed' : ''}; Send anyway delivers it exactly once`, async () => {
      const composer = await steady.open();
      await typeInto(page, composer, charged);
      await steady.send(how);
      if (how === 'key') await steady.send('key');
      await steady.expectPaused();
      if (how === 'key') {
        // Once more with the pause open and focused: still one pause, nothing sent.
        await steady.send('key');
        await expect(overlay(page)).toHaveCount(1);
      }
      expect(await settledDeliveries(page)).toEqual([]);
      expect(await visibleDraft(composer)).toBe(charged);
      await steady.choose('Send anyway');
      await steady.completeSendAnyway(composer);
      await expectDeliveries(page, [charged]);
      await expect.poll(() => visibleDraft(composer)).toBe('');
    });
  }

  await test.step('Keep editing delivers nothing and gives back the draft, the focus and the caret', async () => {
    const composer = await steady.open();
    await typeInto(page, composer, charged);
    await steady.send();
    await steady.expectPaused();
    await steady.choose('Keep editing');
    await expect.poll(() => composerHasFocus(composer)).toBe(true);
    expect(await visibleDraft(composer)).toBe(charged);
    // The caret is back where it was (the end), so the person's next words follow the draft.
    await page.keyboard.type(' ok');
    await expect.poll(() => visibleDraft(composer)).toBe(`${charged} ok`);
    expect(await settledDeliveries(page)).toEqual([]);
  });

  await test.step('Save for later delivers nothing, stores the draft in Steady, then empties the composer', async () => {
    const composer = await steady.open();
    await typeInto(page, composer, charged);
    await steady.send();
    await steady.expectPaused();
    await steady.choose('Save for later');
    await expect(page.locator('steady-pause [role="status"]')).toBeVisible();
    await expect.poll(() => visibleDraft(composer), { message: 'the composer is emptied once Steady has the words' }).toBe('');
    await expect.poll(() => composerHasFocus(composer)).toBe(true);
    const extensionPage = await openExtensionPage('popup');
    await expect.poll(() => storedDrafts(extensionPage)).toEqual([expect.objectContaining({ text: charged, site: origin })]);
    await extensionPage.close();
    expect(await settledDeliveries(page)).toEqual([]);
    // The site's editor still works after Steady emptied it: the person's next message goes out as typed.
    await typeInto(page, composer, CALM);
    await steady.send();
    await expectDeliveries(page, [CALM]);
  });

  await test.step('Shift+Enter, a new-line Enter and Enter during IME composition neither send nor pause', async () => {
    const composer = await steady.open();
    await typeInto(page, composer, charged);
    const newLines = new Set(['Shift+Enter', fixture.newlineKey ?? 'Shift+Enter']);
    for (const key of newLines) await page.keyboard.press(key);
    await imeEnter(page);
    await expect.poll(() => visibleDraft(composer)).toMatch(/か$/);
    expect(await settledDeliveries(page)).toEqual([]);
    await expect(steady.pauses).toHaveCount(0);
    expect((await visibleDraft(composer)).startsWith(charged)).toBe(true);
    // Steady is still watching this composer: the real send pauses the draft.
    await steady.send();
    await steady.expectPaused();
    await steady.choose('Keep editing');
    expect(await settledDeliveries(page)).toEqual([]);
  });

  const { suggestion, sendKey } = fixture;
  if (suggestion && sendKey) {
    await test.step('Enter with a suggestion list open picks the suggestion: no send, no pause', async () => {
      const composer = await steady.open();
      await typeInto(page, composer, charged);
      await page.keyboard.type(suggestion.typed);
      await expect(composer).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press(sendKey);
      await expect.poll(() => visibleDraft(composer)).toBe(`${charged}${suggestion.picked}`);
      expect(await settledDeliveries(page)).toEqual([]);
      await expect(steady.pauses).toHaveCount(0);
      await steady.send('key');
      await steady.expectPaused();
      await steady.choose('Send anyway');
      await expectDeliveries(page, [`${charged}${suggestion.picked}`.trim()]);
    });
  }
}
