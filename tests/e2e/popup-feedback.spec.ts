import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { storedRecords } from './helpers';

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

const shownStatus = (popup: Page) => popup.getByRole('status').filter({ hasText: /./ });

test('a keyboard save is confirmed beside the log, with Undo, keeps focus, and clears when the view changes', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  const kind = popup.getByRole('button', { name: 'Felt understood' });
  await kind.focus();
  await popup.keyboard.press('Enter');
  await popup.getByRole('button', { name: 'Save moment' }).focus();
  await popup.keyboard.press('Enter');

  const status = shownStatus(popup);
  await expect(status).toHaveText('Saved. That counts.');
  // Beside the control that saved, on the first screen, and focus back on the kind that was logged.
  const [statusBox, kindBox] = [(await status.boundingBox())!, (await kind.boundingBox())!];
  expect(statusBox.y + statusBox.height).toBeLessThanOrEqual(600);
  expect(statusBox.y - kindBox.y).toBeLessThan(250);
  await expect(kind).toBeFocused();

  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(shownStatus(popup)).toHaveText('Undone.');
  expect(await storedRecords(popup)).toEqual([]);

  await kind.click();
  await popup.getByRole('button', { name: 'Save moment' }).click();
  await expect(shownStatus(popup)).toHaveText('Saved. That counts.');
  await popup.getByRole('button', { name: 'Breathe' }).click();
  await expect(shownStatus(popup)).toHaveCount(0);
  await popup.getByRole('button', { name: 'Stop here' }).click();
  await expect(popup.getByRole('heading', { name: 'Well done' })).toBeVisible();
  await expect(popup.getByText('Saved. That counts.')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Save session' }).click();
  // Back on Home, the session's confirmation sits by the exercises and has focus.
  await expect(shownStatus(popup)).toHaveText(/Saved/);
  await expect(popup.locator('[data-place="grounding"] [role="status"]')).toBeFocused();
  await popup.getByRole('navigation').getByRole('button', { name: 'Week' }).click();
  await popup.getByRole('navigation').getByRole('button', { name: 'Home' }).click();
  await expect(popup.getByText('Saved. That counts.')).toHaveCount(0);

  // Leaving an exercise without saving puts focus back on the button that opened it.
  await popup.getByRole('button', { name: 'Breathe' }).click();
  await popup.getByRole('button', { name: 'Stop here' }).click();
  await popup.getByRole('button', { name: 'Close without saving' }).click();
  await expect(popup.getByRole('button', { name: 'Breathe' })).toBeFocused();
});

test('a rupture, once logged, is listed as open with "Log a repair" at once', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  await popup.getByText('Something felt off with someone?').click();
  await popup.getByRole('textbox', { name: 'Who (optional)' }).last().fill('Alex');
  await popup.getByRole('button', { name: 'Save rupture' }).click();
  const open = popup.getByRole('region', { name: 'Still open' });
  await expect(open).toContainText('with Alex');
  await open.getByRole('button', { name: /^Log a repair/ }).click();
  await popup.getByRole('button', { name: 'Save moment' }).click();
  await expect(shownStatus(popup)).toHaveText(/Connection came back/);
  await expect(open).toHaveCount(0);
  const [rupture] = (await storedRecords(popup)).filter((record) => record.type === 'rupture');
  expect(rupture).toMatchObject({ person: 'Alex', repairedAt: expect.any(Number), repairMomentId: expect.any(String) });
});
