import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { launchWithSteady } from './launch';
import { PRODUCTION_DIR } from './builds';
import { startFixtureServer } from './server';
import { watchExtensionRequests } from './network';
import { storedRecords } from './helpers';

/**
 * A hostile page against the production build, exactly as it ships. The production build
 * runs only on supported sites and on sites the person adds; adding one asks the browser
 * for that origin, a prompt a headless browser cannot answer. So the test loads a copy of
 * the production build whose manifest already holds the grant for 127.0.0.1 (what the
 * person's "Allow" would give), then adds the site through the options page as a person
 * does. Every script file is the production one.
 */
async function productionCopyGranted(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'steady-prod-'));
  await cp(PRODUCTION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  await writeFile(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

const CANARY_NOTE = 'canary-note-7f3a9c';
const CANARY_PERSON = 'canary-person-51be';
/** Asks for reassurance, so the overlay shows the evidence line (a count of moments, never their text). */
const REASSURANCE = "Are you mad at me? Do you still love me? Please just tell me we're okay";

/** What the page's own scripts do, from before anything else runs: watch, probe and forge. */
function hostileScript({ extensionId }: { extensionId: string }) {
  type Log = { mutations: number; hosts: number; shadowRootsSeen: string[]; attachShadowErrors: number; messages: number; sends: string[]; texts: string[] };
  const log: Log = { mutations: 0, hosts: 0, shadowRootsSeen: [], attachShadowErrors: 0, messages: 0, sends: [], texts: [] };
  (window as unknown as { __hostile: Log }).__hostile = log;
  const keep = (text: string | null | undefined) => {
    if (text) log.texts.push(text);
  };
  const probe = (node: Node) => {
    if (!(node instanceof Element)) return keep(node.textContent);
    keep(node.outerHTML);
    for (const element of [node, ...node.querySelectorAll('*')]) {
      if (element.localName === 'steady-pause') {
        log.hosts++;
        log.shadowRootsSeen.push(String(element.shadowRoot));
        try {
          element.attachShadow({ mode: 'open' });
        } catch {
          log.attachShadowErrors++;
        }
      }
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      log.mutations++;
      record.addedNodes.forEach(probe);
      if (record.type === 'attributes') keep((record.target as Element).getAttribute(record.attributeName!));
      if (record.type === 'characterData') keep(record.target.textContent);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  // Forged messages: Steady's own message names, and WXT's "a newer copy started" signal, posted all the time.
  const forged = [
    {
      name: 'content:pause-closed',
      data: { pauseId: 'forged', site: location.origin, trigger: 'flagged', patterns: [], score: 1, outcome: 'sent-anyway', durationMs: 1 },
    },
    { name: 'page:export', data: {} },
    { name: 'page:delete-all', data: {} },
    { type: `${extensionId}:composer:wxt:content-script-started`, contentScriptName: 'composer', messageId: 'forged' },
  ];
  setInterval(() => {
    for (const message of forged) {
      window.postMessage(message, '*');
      log.messages++;
    }
    try {
      // Steady allows no page to message it: there is no runtime to reach from here.
      (window as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, message: unknown) => void } } }).chrome?.runtime?.sendMessage?.(
        extensionId,
        forged[2],
      );
    } catch {
      // Refused by the browser.
    }
  }, 20);
}

/** Synthetic keys, clicks and submits aimed at the composer and at Steady's window, as a page can make them. */
function forgeInput(page: Page) {
  return page.evaluate(() => {
    const field = document.querySelector('textarea')!;
    const send = document.querySelector<HTMLButtonElement>('button[aria-label="Send"]')!;
    const host = document.querySelector('steady-pause');
    const counts = { keys: 0, clicks: 0, submits: 0 };
    const key = (target: EventTarget, init: KeyboardEventInit) => {
      for (const type of ['keydown', 'keypress', 'keyup'])
        target.dispatchEvent(new KeyboardEvent(type, { bubbles: true, cancelable: true, composed: true, ...init }));
      counts.keys++;
    };
    const click = (target: Element) => {
      const box = target.getBoundingClientRect();
      const at = { bubbles: true, cancelable: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, button: 0 };
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) target.dispatchEvent(new PointerEvent(type, at));
      target.dispatchEvent(new MouseEvent('click', at));
      counts.clicks++;
    };
    for (let round = 0; round < 20; round++) {
      field.value = "I'm so sorry, I'm sorry, please don't be mad at me";
      key(field, { key: 'Enter', code: 'Enter', keyCode: 13 });
      key(field, { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: true });
      click(send);
      send.click();
      counts.clicks++;
      field.form!.requestSubmit();
      counts.submits++;
      if (host) {
        // Steady's buttons sit somewhere in its window: click all over it, and press its keys.
        const box = host.getBoundingClientRect();
        for (let y = 0; y < innerHeight; y += 40) {
          for (let x = 0; x < innerWidth; x += 80) {
            const target = document.elementFromPoint(x, y);
            if (target) {
              target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
              counts.clicks++;
            }
          }
        }
        key(host, { key: 'Enter', code: 'Enter', keyCode: 13 });
        key(host, { key: 'Escape', code: 'Escape', keyCode: 27 });
        void box;
      }
    }
    return counts;
  });
}

/** All text and attribute values of the page as the browser holds it, closed shadow roots included (DevTools can see them). */
async function everyText(page: Page): Promise<{ page: string; overlay: string; pauseWindows: number }> {
  type DomNode = {
    nodeType: number;
    nodeName: string;
    nodeValue?: string;
    attributes?: string[];
    children?: DomNode[];
    shadowRoots?: DomNode[];
    contentDocument?: DomNode;
  };
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  await cdp.detach();
  const all: string[] = [];
  const overlay: string[] = [];
  let pauseWindows = 0;
  const walk = (node: DomNode, inOverlay: boolean) => {
    const here = inOverlay || node.nodeName.toLowerCase() === 'steady-pause';
    const texts = [...(node.nodeType === 3 && node.nodeValue ? [node.nodeValue] : []), ...(node.attributes ?? [])];
    all.push(...texts);
    if (here) overlay.push(...texts);
    // A pause is Steady's modal dialog; its short notes (after a send, "Was this pause useful?") are not pauses.
    const attributes = node.attributes ?? [];
    if (here && attributes.some((value, index) => index % 2 === 0 && value === 'role' && attributes[index + 1] === 'dialog')) pauseWindows++;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) walk(child, here);
  };
  walk(root, false);
  return { page: all.join('\n'), overlay: overlay.join('\n'), pauseWindows };
}

test('a hostile page gets nowhere against the production build: no forged pause, no way into the overlay, no journal text', async () => {
  test.setTimeout(180_000);
  const server = await startFixtureServer();
  const build = await productionCopyGranted();
  const steady = await launchWithSteady({ extensionDir: build.dir });
  const requests = watchExtensionRequests(steady.context);
  try {
    // The person adds the local site in Options, and has logged a moment with a private note.
    const options = await steady.context.newPage();
    await options.goto(`chrome-extension://${steady.extensionId}/options.html`);
    await options.getByLabel('Add another site').fill(server.origin);
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect(options.getByText(`Steady now helps on ${server.origin}.`)).toBeVisible();
    await options.evaluate(
      ({ note, person }) =>
        chrome.runtime.sendMessage({
          name: 'page:put-records',
          data: { records: [{ type: 'moment', id: 'canary', at: Date.now(), kind: 'asked-for-help', note, person }] },
        }),
      { note: CANARY_NOTE, person: CANARY_PERSON },
    );
    const pauses = async () => (await storedRecords(options)).filter((record) => record.type === 'pause');

    const page = await steady.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(hostileScript, { extensionId: steady.extensionId });
    await page.goto(`${server.origin}/dist/textarea-form/index.html`);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    const composer = page.getByRole('textbox', { name: 'Message' });

    // Steady is there: a person's own Enter on a charged draft opens the pause (retried while the script starts).
    await expect(async () => {
      await composer.fill(REASSURANCE);
      await composer.press('Enter');
      await expect(page.locator('steady-pause')).toHaveCount(1, { timeout: 1_000 });
    }).toPass();
    const fromPage = await page.evaluate(() => {
      const host = document.querySelector('steady-pause')!;
      return { shadowRoot: String(host.shadowRoot), text: host.textContent, children: host.children.length };
    });
    const opened = await everyText(page);

    // With the pause open, the page forges input at Steady's window: the pause stays open.
    const atOverlay = await forgeInput(page);
    await expect(page.locator('steady-pause')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await pauses()).length).toBe(1);
    // Keeping on editing was the person's choice: "Was this pause useful?" follows, and it is no pause.
    await expect.poll(async () => (await everyText(page)).overlay).toContain('Was this pause useful?');
    expect((await everyText(page)).pauseWindows).toBe(0);

    // With no pause open, forged sends of a charged draft open none and record none; forged clicks
    // all over the question answer nothing.
    const delivered = async () => page.evaluate(() => (window as unknown as { __delivered: string[] }).__delivered.length);
    const deliveredBefore = await delivered();
    const atComposer = await forgeInput(page);
    await page.waitForTimeout(500); // let anything a forged event might have started reach the background
    const deliveredByPage = (await delivered()) - deliveredBefore;
    const pauseWindowsAfter = (await everyText(page)).pauseWindows;
    const recorded = await pauses();
    const openNow = await options.evaluate(async () => Object.keys((await chrome.storage.session.get('openPauses')).openPauses ?? {}).length);

    const hostile = await page.evaluate(
      () =>
        (
          window as unknown as {
            __hostile: { mutations: number; hosts: number; shadowRootsSeen: string[]; attachShadowErrors: number; messages: number; texts: string[] };
          }
        ).__hostile,
    );
    const seenByPage = [...hostile.texts, await page.content()].join('\n');
    const after = await everyText(page);
    const synthetic = { keys: atOverlay.keys + atComposer.keys, clicks: atOverlay.clicks + atComposer.clicks, submits: atOverlay.submits + atComposer.submits };
    console.log(
      `hostile page: ${synthetic.keys} synthetic key presses, ${synthetic.clicks} synthetic clicks, ${synthetic.submits} scripted submits (${deliveredByPage} sent by the page itself), ` +
        `${hostile.messages} forged postMessages → ${recorded.length - 1} pauses from untrusted events, ${pauseWindowsAfter} pause windows and ${openNow} open, ` +
        `${'feedback' in recorded[0] ? 1 : 0} answers to "Was this pause useful?"; ` +
        `shadowRoot seen by the page: ${[...new Set([fromPage.shadowRoot, ...hostile.shadowRootsSeen])].join(', ')}; attachShadow refused ${hostile.attachShadowErrors} of ${hostile.hosts}; ` +
        `MutationObserver saw ${hostile.mutations} mutations; canary in page-visible DOM: ${seenByPage.includes(CANARY_NOTE) || seenByPage.includes(CANARY_PERSON) ? 'yes' : 'no'}, ` +
        `in the overlay: ${opened.overlay.includes(CANARY_NOTE) || opened.overlay.includes(CANARY_PERSON) ? 'yes' : 'no'} (evidence shown as a count: ${/reaching out went fine/.test(opened.overlay) ? 'yes' : 'no'}); ` +
        `${errors.length} page errors; ${requests.length} network requests`,
    );

    expect(opened.pauseWindows).toBe(1);
    expect(pauseWindowsAfter).toBe(0);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ outcome: 'kept-editing', site: server.origin });
    expect(recorded[0]).not.toHaveProperty('feedback');
    expect(openNow).toBe(0);
    expect(fromPage).toEqual({ shadowRoot: 'null', text: '', children: 0 });
    expect(hostile.hosts).toBeGreaterThan(0);
    expect(new Set(hostile.shadowRootsSeen)).toEqual(new Set(['null']));
    expect(hostile.attachShadowErrors).toBe(hostile.hosts);
    expect(opened.overlay).toContain('reaching out went fine');
    for (const canary of [CANARY_NOTE, CANARY_PERSON]) {
      expect(seenByPage).not.toContain(canary);
      expect(opened.page).not.toContain(canary);
      expect(after.page).not.toContain(canary);
    }
    expect(errors).toEqual([]);

    // Last, the page impersonates a newer copy of Steady's script (the signal WXT uses to retire
    // an old copy). At worst Steady stands down on this page: the page's own send goes through.
    await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:composer:wxt:content-script-started`, { detail: { contentScriptName: 'composer', messageId: 'forged' } }));
    }, steady.extensionId);
    await composer.fill(REASSURANCE);
    await composer.press('Enter');
    const stoodDown = await expect(page.locator('steady-pause'))
      .toHaveCount(1, { timeout: 2_000 })
      .then(
        () => false,
        () => true,
      );
    if (!stoodDown) await page.keyboard.press('Escape');
    else await expect.poll(delivered).toBe(deliveredBefore + deliveredByPage + 1);
    console.log(
      `a forged "newer copy started" signal: Steady ${stoodDown ? 'stood down on this page (the page sent natively; nothing recorded, nothing read)' : 'ignored it and paused as usual'}`,
    );
    expect((await pauses()).length).toBe(stoodDown ? 1 : 2);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  } finally {
    await steady.close();
    await build.remove();
    await server.close();
  }
});
