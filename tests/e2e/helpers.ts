import type { BrowserContext, CDPSession, Page } from '@playwright/test';

type DeveloperPrivate = {
  updateProfileConfiguration: (update: { inDeveloperMode: boolean }) => Promise<void>;
  reload: (id: string, options: { failQuietly: boolean }) => Promise<void>;
};

/** Every journal record in storage, read from an extension page. */
export async function storedRecords(extensionPage: Page): Promise<Array<{ id: string; type: string; [key: string]: unknown }>> {
  return extensionPage.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([key]) => /^journal:\d{4}-\d{2}$/.test(key))
      .flatMap(([, month]) => Object.values(month as Record<string, { id: string; type: string }>));
  });
}

/** Stops Steady's service worker the way the browser does when it goes idle. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * Evaluates an expression inside Steady's content script world on a page (its
 * isolated world), so a test can act exactly as the content script would.
 */
export async function inContentScript<T>(page: Page, expression: string): Promise<T> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((context) => context.auxData?.type === 'isolated' && context.name === 'Steady');
  if (!world) throw new Error(`Steady's content script world was not found (worlds: ${contexts.map((context) => context.name).join(', ')})`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

/**
 * Reloads the extension the way its reload button in chrome://extensions does (as an
 * update would), and waits until its pages load again.
 */
export async function reloadExtension(context: BrowserContext, extensionId: string): Promise<void> {
  const manager = await context.newPage();
  await manager.goto('chrome://extensions');
  // Unpacked extensions reload only in developer mode, as for a person developing one.
  await manager.evaluate(async (id) => {
    const developer = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
    await developer.updateProfileConfiguration({ inDeveloperMode: true });
    await developer.reload(id, { failQuietly: true });
  }, extensionId);
  for (let attempt = 0; ; attempt++) {
    const loaded = await manager.goto(`chrome-extension://${extensionId}/popup.html`).then(
      () => true,
      () => false,
    );
    if (loaded) break;
    if (attempt > 50) throw new Error('the extension did not come back after a reload');
    await manager.waitForTimeout(200);
  }
  await manager.close();
}

/**
 * Which popup pages exist, by CDP: the real popup (when a window has focus) is not a
 * Playwright page, and where it cannot open Steady opens the same view in a tab.
 */
export async function popupAddresses(context: BrowserContext, extensionId: string): Promise<string[]> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos
    .filter((target) => target.type === 'page' && target.url.startsWith(`chrome-extension://${extensionId}/popup.html`))
    .map((target) => target.url);
}

/**
 * Adds records to the journal as an import does (after a move to a new computer): the one way a
 * page can add pause records, which otherwise come only from content scripts, at any time.
 */
export async function importRecords(extensionPage: Page, records: unknown[]): Promise<void> {
  await extensionPage.evaluate(async (records) => {
    const exported = await chrome.runtime.sendMessage({ name: 'page:export', data: {} });
    if (!exported?.ok) throw new Error(`export failed: ${exported?.error}`);
    const file = { ...JSON.parse(exported.data.json), records };
    const imported = await chrome.runtime.sendMessage({ name: 'page:import', data: { json: JSON.stringify(file) } });
    if (!imported?.ok) throw new Error(`seeding failed: ${imported?.error}`);
  }, records);
}
