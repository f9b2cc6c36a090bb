import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, FrameLocator, Locator, Page, TestInfo } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { e2eCopyGranted } from './added-site';
import { clickAt, steadyReady } from './pause-support';
import { fetchMailbox, readMail, type ReadMail } from './roundcube-mail';
import { MAIL_HOST, roundcubeUnavailable, startRoundcubeStack, USERS, type MailUser, type RoundcubeStack } from './roundcube-stack';
import { ROUNDCUBE_COUNTS, type RoundcubeCounts } from './send-count-reporter';

export type Editor = 'plain' | 'html';

/** True the first time a name is claimed on this machine (a file in the temp folder). */
function claimOnce(name: string): boolean {
  try {
    writeFileSync(join(tmpdir(), `steady-roundcube-${name}`), '', { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

type Webmail = { stack: RoundcubeStack; unavailable?: undefined } | { stack?: undefined; unavailable: string };

export const test = base.extend<{ mail: RoundcubeStack }, { webmail: Webmail; grantedExtension: string }>({
  webmail: [
    async ({}, use) => {
      const unavailable = roundcubeUnavailable();
      if (unavailable) {
        // One line for the whole run, however many workers start (they share the runner's pid).
        if (claimOnce(`skip-note-${process.ppid}`)) console.log(`Roundcube tests skipped: ${unavailable}`);
        return use({ unavailable });
      }
      const stack = await startRoundcubeStack();
      await use({ stack });
      await stack.stop();
    },
    // Long enough for a first run to install the Debian packages.
    { scope: 'worker', timeout: 600_000 },
  ],
  grantedExtension: [
    async ({}, use) => {
      const copy = await e2eCopyGranted(MAIL_HOST);
      await use(copy.dir);
      await copy.remove();
    },
    { scope: 'worker' },
  ],
  steadyLaunch: async ({ grantedExtension }, use) => {
    await use({ extensionDir: grantedExtension, args: [`--host-resolver-rules=MAP ${MAIL_HOST} 127.0.0.1`] });
  },
  mail: async ({ webmail }, use) => {
    test.skip(!webmail.stack, webmail.unavailable);
    await use(webmail.stack!);
  },
});

export type OpenExtensionPage = (name: 'popup' | 'options' | 'onboarding' | 'practice', query?: string) => Promise<Page>;

/** Counts the sends Roundcube makes (the compose form's POST with `_action=send`, drafts left out). */
export function watchSends(context: BrowserContext): { count: () => number } {
  let sends = 0;
  context.on('request', (request) => {
    if (request.method() !== 'POST') return;
    const body = request.postData() ?? '';
    const fields = body.includes('Content-Disposition: form-data')
      ? Object.fromEntries([...body.matchAll(/name="([^"]+)"\r\n\r\n([^\r]*)/g)].map((match) => [match[1], match[2]]))
      : Object.fromEntries(new URLSearchParams(body));
    if (fields._action === 'send' && !fields._draft) sends++;
  });
  return { count: () => sends };
}

/** Roundcube's pages load dozens of files from PHP's built-in server: on a busy machine, more than the usual 10 seconds. */
const PAGE_LOAD = 30_000;

/** Waits until Roundcube's script has set up the page and is not busy: before that, its buttons ignore clicks. */
async function roundcubeLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const rcmail = (window as unknown as { rcmail?: { loaded?: boolean; busy?: boolean } }).rcmail;
    return rcmail?.loaded === true && !rcmail.busy;
  });
}

/** Logs into Roundcube and opens a new message, in the plain-text or the HTML editor. */
export async function openCompose(page: Page, origin: string, user: MailUser, editor: Editor): Promise<void> {
  // Leaving a compose page may ask "discard changes?"; a person would agree.
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
  // A link to a new message: Roundcube asks to log in first, then opens the composer.
  await page.goto(`${origin}/?_task=mail&_action=compose`);
  await page.locator('#rcmloginuser').fill(user.address);
  await page.locator('#rcmloginpwd').fill(user.password);
  await page.locator('#rcmloginsubmit').click();
  await expect(page).toHaveURL(/_action=compose&_id=/, { timeout: PAGE_LOAD });
  await roundcubeLoaded(page);
  await expect(page.locator('#composebody')).toBeAttached();
  if (editor === 'html') {
    // Roundcube's own switch above the plain editor (elastic skin): "HTML".
    await page.locator('#composebodycontainer .editor-toolbar a.mce-i-html').click();
    await expect(tinymceBody(page)).toBeVisible({ timeout: PAGE_LOAD });
  }
  await steadyReady(page);
}

export const tinymceFrame = (page: Page): FrameLocator => page.frameLocator('#composebody_ifr');
export const tinymceBody = (page: Page): Locator => tinymceFrame(page).locator('body#tinymce');

/** Fills To (Roundcube's recipient widget) and Subject as a person types them. */
export async function address(page: Page, to: string, subject: string): Promise<void> {
  // Typed whole (no autocompletion round trips), then the comma that makes it a recipient box.
  const recipient = page.locator('#compose_to .recipient-input input');
  await recipient.fill(to);
  await recipient.press(',');
  await expect(page.locator('#compose_to .recipient-input li.recipient')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
}

/**
 * Writes the body into the textarea or TinyMCE's iframe: each line's first word typed key by key,
 * the rest inserted as text input (as an input method or autocorrect does); each "\n" is an Enter
 * key press.
 */
export async function typeBody(page: Page, editor: Editor, text: string): Promise<void> {
  if (editor === 'plain') await page.locator('#composebody').click();
  else await tinymceBody(page).click();
  for (const [index, line] of text.split('\n').entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    const split = line.indexOf(' ') + 1 || line.length;
    if (split > 0) await page.keyboard.type(line.slice(0, split));
    if (split < line.length) await page.keyboard.insertText(line.slice(split));
  }
}

/** The draft as the editor holds it now (HTML: one line per paragraph). */
export async function draftText(page: Page, editor: Editor): Promise<string> {
  if (editor === 'plain') return page.locator('#composebody').inputValue();
  return tinymceBody(page).evaluate((body) => [...body.children].map((block) => (block as HTMLElement).innerText.replace(/\n$/, '')).join('\n'));
}

export async function clickSend(page: Page): Promise<void> {
  await roundcubeLoaded(page);
  await clickAt(page, page.locator('.formbuttons button.send'));
}

/**
 * Where Steady's pause shows, if it does: the page itself (`steady-pause`, open shadow root in
 * the e2e build) or TinyMCE's frame, whichever has one. Gives up once Roundcube has sent the
 * mail (no pause can come after that) or after `timeout`.
 */
export async function pauseOverlay(page: Page, sends: { count: () => number }, timeout = 8_000): Promise<Locator | undefined> {
  const places = [page.locator('steady-pause [role="dialog"]'), tinymceFrame(page).locator('steady-pause [role="dialog"]')];
  const deadline = Date.now() + timeout;
  for (let sent = false; ;) {
    for (const place of places) if (await place.isVisible().catch(() => false)) return place;
    // One more look after the send went out, then stop.
    if (sent || Date.now() > deadline) return undefined;
    sent = sends.count() > 0;
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Counts every `steady-pause` that appears from now on, in the compose page or TinyMCE's frame,
 * even after Roundcube leaves the compose page once a mail is sent.
 */
export async function watchPauses(page: Page): Promise<{ seen: () => number }> {
  let seen = 0;
  await page.exposeFunction('__steadyPauseSeen', () => void seen++);
  await page.evaluate(() => {
    const report = (window as unknown as { __steadyPauseSeen: () => void }).__steadyPauseSeen;
    const known = new WeakSet<Element>();
    const watch = (doc: Document) => {
      const check = () => {
        for (const host of doc.querySelectorAll('steady-pause')) {
          if (known.has(host)) continue;
          known.add(host);
          report();
        }
      };
      new MutationObserver(check).observe(doc.documentElement, { childList: true, subtree: true });
      check();
    };
    watch(document);
    const frame = document.querySelector<HTMLIFrameElement>('#composebody_ifr');
    if (frame?.contentDocument) watch(frame.contentDocument);
  });
  return { seen: () => seen };
}

/** The mails in a user's INBOX whose subject is `subject`, read over IMAP. */
export async function arrived(stack: RoundcubeStack, subject: string, user: MailUser = USERS.bob): Promise<ReadMail[]> {
  return (await fetchMailbox(stack.imapPort, user.address, user.password)).map(readMail).filter((mail) => mail.subject === subject);
}

/** How long the tests wait after the last send for any late or repeated one (Roundcube delivers within its send request). */
const SETTLE_MS = 1_500;

/**
 * Waits until `expected` mails with `subject` have arrived at Bob's IMAP (or the wait runs out),
 * then a little longer for any duplicate; records and prints the counts.
 */
export async function settleAndCount(
  stack: RoundcubeStack,
  sends: { count: () => number },
  subject: string,
  expected: number,
  testInfo: TestInfo,
  label: string,
): Promise<{ counts: RoundcubeCounts; mails: ReadMail[] }> {
  const deadline = Date.now() + (expected > 0 ? 15_000 : 0);
  let mails = await arrived(stack, subject);
  while (mails.length < expected && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 200));
    mails = await arrived(stack, subject);
  }
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  mails = await arrived(stack, subject);
  const counts: RoundcubeCounts = {
    case: label,
    expected,
    sent: sends.count(),
    arrived: mails.length,
    duplicated: Math.max(0, mails.length - 1),
    lost: Math.max(0, expected - mails.length),
    unwanted: expected === 0 ? mails.length : 0,
  };
  console.log(
    `${label}: sent ${counts.sent}, arrived ${counts.arrived} of ${expected} expected, duplicated ${counts.duplicated}, lost ${counts.lost}` +
      (counts.unwanted ? `, sent when none should have been ${counts.unwanted}` : ''),
  );
  await testInfo.attach(ROUNDCUBE_COUNTS, { body: JSON.stringify(counts), contentType: 'application/json' });
  return { counts, mails };
}

/** The lines a person reads in the mail: the plain text as sent, or the HTML part's paragraphs. */
export function readLines(mail: ReadMail, editor: Editor): string[] {
  if (editor === 'html') return mail.htmlLines ?? [];
  return (mail.text ?? '').replace(/\s+$/, '').split('\n');
}

export { expect, USERS };
