import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { popupAddresses } from './helpers';

/**
 * The ways into a breathing exercise from outside the popup: the keyboard shortcut and
 * the context menu. Headless Chromium cannot press a browser shortcut or open a context
 * menu, so the browser's own events are dispatched in the worker, reaching the same
 * listeners a key press or a menu click reaches.
 */

/** The popup opened on the breathing view: it took the start view left for it and shows it in its address. */
async function expectBreathingOpened(context: BrowserContext, extensionId: string, serviceWorker: Worker): Promise<void> {
  await expect.poll(() => popupAddresses(context, extensionId)).toEqual([`chrome-extension://${extensionId}/popup.html#breathe`]);
  expect(await serviceWorker.evaluate(() => chrome.storage.session.get('popupStart'))).toEqual({});
}

test('both commands have a default shortcut the browser accepted', async ({ serviceWorker }) => {
  const commands = await serviceWorker.evaluate(async () => (await chrome.commands.getAll()).map(({ name, shortcut }) => ({ name, shortcut })));
  console.log(commands.map(({ name, shortcut }) => `${name}: ${shortcut}`).join(', '));
  expect(commands).toEqual(
    expect.arrayContaining([
      { name: '_execute_action', shortcut: 'Alt+Shift+S' },
      { name: 'start-breathing', shortcut: 'Alt+Shift+G' },
    ]),
  );
});

test('the breathing shortcut opens the popup on a breathing exercise', async ({ context, extensionId, serviceWorker }) => {
  expect(await popupAddresses(context, extensionId)).toEqual([]);
  await serviceWorker.evaluate(() => (chrome.commands.onCommand as unknown as { dispatch: (name: string) => void }).dispatch('start-breathing'));
  await expectBreathingOpened(context, extensionId, serviceWorker);
});

test('"Steady: take a breath" in the context menu opens a breathing exercise', async ({ context, extensionId, serviceWorker }) => {
  expect(await popupAddresses(context, extensionId)).toEqual([]);
  await serviceWorker.evaluate(() =>
    (chrome.contextMenus.onClicked as unknown as { dispatch: (info: object) => void }).dispatch({
      menuItemId: 'steady-breathe',
      editable: false,
      pageUrl: 'https://example.org/',
    }),
  );
  await expectBreathingOpened(context, extensionId, serviceWorker);
});
