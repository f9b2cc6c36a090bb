import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { EXTENSION_DIR } from './paths';

/** Runs in the popup before its own scripts: notes when Home's first actions reach the page (epoch ms). */
function markHome() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('button[data-kind]')) return;
    observer.disconnect();
    (window as unknown as { __homeAt: number }).__homeAt = performance.timeOrigin + performance.now();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Script files whose names mark code Home does not run at first: the schema library, the protocol, the other views, the models. */
const LATER = /^(zod|messaging|schemas|models|Summary|History|Drafts|Exercises|weekly)-/;

test('Home paints first: no schema library, protocol or other view loads before its actions are on screen, and every view still opens', async ({
  context,
  extensionId,
}) => {
  await context.addInitScript(markHome);
  const popup = await context.newPage();
  const requested: Array<{ name: string; at: number }> = [];
  // Extension files do not reach Playwright's request events; DevTools' network domain sees them.
  const cdp = await context.newCDPSession(popup);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', ({ request, wallTime }) =>
    requested.push({ name: new URL(request.url).pathname.replace(/^.*\//, ''), at: wallTime * 1000 }),
  );
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: 'Felt understood' })).toBeVisible();
  const homeAt = await popup.evaluate(() => (window as unknown as { __homeAt: number }).__homeAt);
  const scripts = requested.filter((request) => request.name.endsWith('.js') && request.at <= homeAt).map((request) => request.name);
  console.log(`popup scripts requested before Home's actions arrived: ${scripts.length} (${scripts.join(', ')})`);
  expect(scripts.some((name) => name.startsWith('popup-'))).toBe(true);
  expect(scripts.filter((name) => LATER.test(name))).toEqual([]);
  // Whatever a chunk is named, none of what Home loads carries the schema library.
  const withSchemas = scripts.filter((name) => readFileSync(join(EXTENSION_DIR, 'chunks', name), 'utf8').includes('ZodMini'));
  expect(withSchemas).toEqual([]);

  // What Home left for later arrives after it: the week opens, and a moment saves through the protocol.
  await popup.getByRole('navigation').getByRole('button', { name: /Week/ }).click();
  await expect(popup.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Previous week' })).toBeVisible();
  await popup.getByRole('navigation').getByRole('button', { name: /Home/ }).click();
  await popup.getByRole('button', { name: 'Felt understood' }).click();
  await popup.getByRole('button', { name: 'Save moment' }).click();
  await expect(popup.getByRole('status').filter({ hasText: /./ })).toHaveText('Saved. That counts.');
  expect(requested.filter((request) => LATER.test(request.name)).length).toBeGreaterThan(0);
});

test('the popup’s frame and styles are in the page itself: with scripts off it already shows its heading at its real size', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  const cdp = await context.newCDPSession(popup);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('heading', { level: 1, name: 'Steady' })).toBeVisible();
  // The popup's own width and the shared colours apply with no stylesheet to fetch.
  const styled = await popup.evaluate(() => ({
    width: document.body.getBoundingClientRect().width,
    accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    linked: document.querySelectorAll('link[rel="stylesheet"]').length,
  }));
  expect(styled).toEqual({ width: 380, accent: '#2f6f68', linked: 0 });
  expect(await popup.getByRole('button').count()).toBe(0);

  // With scripts on, Preact adopts the frame: one heading, and Home's actions below it.
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
  await popup.reload();
  await expect(popup.getByRole('button', { name: 'Felt understood' })).toBeVisible();
  await expect(popup.getByRole('heading', { level: 1 })).toHaveCount(1);
});
