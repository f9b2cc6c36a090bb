import { test, expect } from './fixtures';
import { inContentScript, reloadExtension, stopServiceWorkers, storedRecords } from './helpers';

test('the popup opens with no console errors', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Steady');
  expect(problems).toEqual([]);
});

test('a record written from the popup survives a worker restart and an extension reload', async ({ context, extensionId, openExtensionPage }) => {
  const popup = await openExtensionPage('popup');
  // Three interactions at most: a kind, optional details, Save.
  await popup.getByRole('button', { name: 'Asked for help' }).click();
  await popup.getByRole('button', { name: 'Save moment' }).click();
  await expect(popup.getByRole('status').filter({ hasText: /./ })).toHaveText(/saved/i);
  const [written] = await storedRecords(popup);
  expect(written).toMatchObject({ type: 'moment', kind: 'asked-for-help' });

  await stopServiceWorkers(popup);
  const afterRestart = await openExtensionPage('popup');
  await afterRestart.getByRole('button', { name: 'Felt understood' }).click();
  await afterRestart.getByRole('button', { name: 'Save moment' }).click();
  await expect(afterRestart.getByRole('status').filter({ hasText: /./ })).toHaveText(/saved/i);
  expect((await storedRecords(afterRestart)).map((record) => record.id)).toContain(written.id);

  await reloadExtension(context, extensionId);
  const afterReload = await openExtensionPage('popup');
  const ids = (await storedRecords(afterReload)).map((record) => record.id);
  expect(ids).toHaveLength(2);
  expect(ids).toContain(written.id);
});

test('a content script may not export, import, delete or write records', async ({ context, fixtureOrigin }) => {
  const page = await context.newPage();
  await page.goto(`${fixtureOrigin}/pages/plain.html`);
  const replies = await inContentScript<unknown[]>(
    page,
    `Promise.all([
      chrome.runtime.sendMessage({ name: 'page:export', data: {} }),
      chrome.runtime.sendMessage({ name: 'page:delete-all', data: {} }),
      chrome.runtime.sendMessage({ name: 'page:import', data: { json: '{}' } }),
      chrome.runtime.sendMessage({ name: 'page:put-records', data: { records: [] } }),
    ])`,
  );
  expect(replies).toHaveLength(4);
  for (const reply of replies) expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not allowed/) });
  const allowed = await inContentScript<{ ok: boolean }>(page, `chrome.runtime.sendMessage({ name: 'content:get-config', data: {} })`);
  expect(allowed).toMatchObject({ ok: true });
});
