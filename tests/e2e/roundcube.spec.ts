import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import {
  address,
  clickSend,
  draftText,
  expect,
  openCompose,
  pauseOverlay,
  readLines,
  settleAndCount,
  test,
  typeBody,
  USERS,
  watchPauses,
  watchSends,
  type Editor,
  type OpenExtensionPage,
} from './roundcube-support';
import type { RoundcubeStack } from './roundcube-stack';
import { addSite } from './added-site';

/**
 * Steady on a real self-hosted webmail: Roundcube (Debian's package) on a plain-http origin the
 * person adds on the options page, Dovecot behind it, and what arrives counted at the recipient's
 * IMAP. Alice writes to Bob in Roundcube's plain-text editor and in its HTML editor (TinyMCE in an
 * iframe, the Send button in the page around it).
 */

const CALM = 'Hi Bob, the notes look good to me. See you at six on Thursday.';
const CHARGED =
  "I'm so sorry, I'm sorry again, are you mad at me?? please just tell me if I did something wrong. You NEVER answer me, everyone always ignores me!!!";
/** Typed with an Enter key press at each "\n". */
const PARAGRAPHS =
  'Hi Bob,\n\nThanks for the notes from Tuesday.\nI read them on the train home.\n\nThe garden plan looks good to me.\n\nSee you Thursday,\nAlice';

const EDITOR_NAMES: Record<Editor, string> = { plain: 'plain-text editor', html: 'HTML editor' };

type Ready = { page: Page; subject: string; sends: { count: () => number }; pauses: { seen: () => number }; label: string };

/** Adds Roundcube on the options page, logs in as Alice and opens a mail to Bob with a subject of its own. */
async function composeToBob(
  context: BrowserContext,
  mail: RoundcubeStack,
  openExtensionPage: OpenExtensionPage,
  editor: Editor,
  label: string,
): Promise<Ready> {
  await addSite(openExtensionPage, mail.origin);
  const sends = watchSends(context);
  const page = await context.newPage();
  await openCompose(page, mail.origin, USERS.alice, editor);
  const pauses = await watchPauses(page);
  const subject = `Steady ${label} ${randomUUID().slice(0, 8)}`;
  await address(page, USERS.bob.address, subject);
  return { page, subject, sends, pauses, label: `Roundcube ${EDITOR_NAMES[editor]}, ${label}` };
}

// Each test starts a browser, adds the site, logs in and sends: room for a busy two-core machine.
test.describe.configure({ timeout: 90_000 });

for (const editor of ['plain', 'html'] as const) {
  test.describe(`Roundcube, ${EDITOR_NAMES[editor]}`, () => {
    test('a calm mail goes out at Send with no pause, exactly once', async ({ context, mail, openExtensionPage }, testInfo) => {
      const { page, subject, sends, pauses, label } = await composeToBob(context, mail, openExtensionPage, editor, 'calm');
      await typeBody(page, editor, CALM);
      await clickSend(page);
      const { counts, mails } = await settleAndCount(mail, sends, subject, 1, testInfo, label);
      expect(pauses.seen(), 'pauses opened').toBe(0);
      expect(counts).toMatchObject({ sent: 1, arrived: 1 });
      expect(readLines(mails[0], editor)).toEqual([CALM]);
    });

    for (const choice of ['Keep editing', 'Save for later', 'Send anyway'] as const) {
      test(`a charged mail pauses at Send; ${choice} ${choice === 'Send anyway' ? 'sends it exactly once' : 'sends nothing'}`, async ({
        context,
        mail,
        openExtensionPage,
      }, testInfo) => {
        const ready = await composeToBob(context, mail, openExtensionPage, editor, `charged, ${choice}`);
        const { page, subject, sends, label } = ready;
        await typeBody(page, editor, CHARGED);
        await clickSend(page);
        const pause = await pauseOverlay(page, sends);
        if (!pause) {
          const { counts } = await settleAndCount(mail, sends, subject, 0, testInfo, label);
          throw new Error(`no pause opened at the Send click (Roundcube made ${counts.sent} send request(s), ${counts.arrived} mail(s) arrived)`);
        }
        await pause.getByRole('button', { name: choice }).click();
        await expect(pause).toBeHidden();
        const expected = choice === 'Send anyway' ? 1 : 0;
        const { counts, mails } = await settleAndCount(mail, sends, subject, expected, testInfo, label);
        expect(counts).toMatchObject({ sent: expected, arrived: expected });
        if (choice === 'Send anyway') {
          expect(readLines(mails[0], editor)).toEqual([CHARGED]);
          return;
        }
        // Still composing: the draft as it was, or, saved for later, kept in Steady under its subject and the body emptied.
        await expect(page).toHaveURL(/_action=compose/);
        if (choice === 'Keep editing') {
          expect(await draftText(page, editor)).toBe(CHARGED);
          return;
        }
        const popup = await openExtensionPage('popup');
        await expect
          .poll(async () =>
            (
              await popup.evaluate(
                async () => ((await chrome.storage.local.get('drafts')).drafts ?? []) as Array<{ text: string; site: string; subject?: string }>,
              )
            ).map((draft) => ({ text: draft.text.trim(), site: draft.site, subject: draft.subject })),
          )
          .toEqual([{ text: CHARGED, site: mail.origin, subject }]);
        await expect.poll(() => draftText(page, editor)).toBe('');
      });
    }

    test('a mail of several paragraphs: Enter keeps every line, opens no pause, and Send delivers it once', async ({
      context,
      mail,
      openExtensionPage,
    }, testInfo) => {
      const { page, subject, sends, pauses, label } = await composeToBob(context, mail, openExtensionPage, editor, 'paragraphs');
      await typeBody(page, editor, PARAGRAPHS);
      // Whatever Enter might have set off has had its chance.
      await page.waitForTimeout(500);
      expect(pauses.seen(), 'pauses opened by Enter').toBe(0);
      expect(sends.count(), 'sends made by Enter').toBe(0);
      expect(await draftText(page, editor)).toBe(PARAGRAPHS);
      await clickSend(page);
      const { counts, mails } = await settleAndCount(mail, sends, subject, 1, testInfo, label);
      expect(pauses.seen(), 'pauses opened').toBe(0);
      expect(counts).toMatchObject({ sent: 1, arrived: 1 });
      expect(readLines(mails[0], editor)).toEqual(PARAGRAPHS.split('\n'));
      if (editor === 'html') {
        // The plain-text alternative Roundcube makes from the HTML keeps every line, a blank one between paragraphs.
        expect((mails[0].text ?? '').split('\n').filter((line) => line.trim())).toEqual(PARAGRAPHS.split('\n').filter(Boolean));
      }
    });
  });
}
