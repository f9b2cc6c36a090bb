import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { importRecords, storedRecords } from './helpers';
import { COLOR_SCHEMES, expectAccessible } from './options-support';
import { buildHost, delivered, expectDeliveries, overlay, steadyReady } from './pause-support';
import { spanish, spanishI18n } from './spanish';

/** A draft Steady pauses for apologies alone, though not with the surest of scores. */
const APOLOGY = "Sorry, sorry, running late again, I'm really sorry";

async function openChatHost(page: Page, origin: string) {
  await buildHost(page, origin, 'chat');
  await steadyReady(page);
  return page.getByRole('textbox', { name: 'Message' });
}

const feedbackNote = (page: Page) => page.locator('steady-pause [role="group"]', { hasText: 'Was this pause useful?' });

test('"Not needed this time" after pauses teaches Steady to wait on that site, the options page says so, and a reset undoes it', async ({
  context,
  fixtureOrigin,
  openExtensionPage,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  const sent: string[] = [];

  // Two answers are more than one answer's worth: enough to learn from.
  await test.step('two pauses, each sent anyway and answered "Not needed this time"', async () => {
    for (let round = 1; round <= 2; round++) {
      await composer.fill(APOLOGY);
      await composer.press('Enter');
      await expect(overlay(page)).toBeVisible();
      await overlay(page).getByRole('button', { name: 'Send anyway' }).click();
      sent.push(APOLOGY);
      await expectDeliveries(page, sent);
      // The question never takes the focus from the composer.
      await expect(feedbackNote(page)).toBeVisible();
      await expect(composer).toBeFocused();
      await feedbackNote(page).getByRole('button', { name: 'Not needed this time' }).click();
      await expect(page.locator('steady-pause [role="status"]', { hasText: 'Thank you' })).toBeVisible();
    }
  });

  const options = await openExtensionPage('options');
  await test.step('the answers are stored with the pauses, without any words', async () => {
    await expect
      .poll(async () => (await storedRecords(options)).filter((record) => record.type === 'pause').map((record) => record.feedback))
      .toEqual(['not-needed', 'not-needed']);
    expect(JSON.stringify(await storedRecords(options))).not.toContain('running late');
  });

  const site = new URL(fixtureOrigin).hostname;
  const learned = options.getByRole('region', { name: 'What Steady has learned' });
  await test.step('"What Steady has learned" names the pattern and the site, the counts, and what changed', async () => {
    const line = learned.getByRole('listitem').filter({ hasText: `Apologising a lot, on ${site}` });
    await expect(line).toContainText('You told Steady pauses for this were not needed 2 times.');
    await expect(line).toContainText('So Steady now waits for stronger signs before pausing for this there.');
    for (const colorScheme of COLOR_SCHEMES) await expectAccessible(options, colorScheme);
  });

  await test.step('in Spanish too, the same line reads in plain words and passes axe, light and dark', async () => {
    await context.addInitScript(spanishI18n, spanish);
    const spanishOptions = await openExtensionPage('options');
    const spanishLine = spanishOptions.getByRole('region', { name: spanish.options_learnedTitle.message }).getByRole('listitem');
    await expect(spanishLine).toContainText(`Pedir perdón a menudo, en ${site}`);
    await expect(spanishLine).toContainText('Le dijiste a Steady 2 veces que las pausas por esto no hacían falta.');
    for (const colorScheme of COLOR_SCHEMES) await expectAccessible(spanishOptions, colorScheme);
    await spanishOptions.close();
    await page.bringToFront();
  });

  await test.step('on that site, the same draft now goes out without a pause', async () => {
    await composer.fill(APOLOGY);
    await composer.press('Enter');
    sent.push(APOLOGY);
    await expectDeliveries(page, sent);
    await expect(overlay(page)).toHaveCount(0);
  });

  await test.step('a reset forgets the line, and Steady pauses the draft again', async () => {
    await learned.getByRole('button', { name: `Reset what Steady learned about Apologising a lot, on ${site}` }).click();
    await expect(learned).toContainText('Nothing yet.');
    await expect(options.getByRole('heading', { name: 'What Steady has learned' })).toBeFocused();
    await page.bringToFront();
    await composer.fill(APOLOGY);
    await composer.press('Enter');
    await expect(overlay(page)).toBeVisible();
    expect(await delivered(page)).toHaveLength(sent.length);
    await overlay(page).getByRole('button', { name: 'Keep editing' }).click();
  });
});

test('the follow-up card asks once whether the pause was useful, and keeps the answer with the pause', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup');
  const pause = { type: 'pause', id: 'p-follow', at: Date.now() - 3_600_000, site: 'slack', trigger: 'flagged', patterns: ['testing'], score: 0.7 };
  await importRecords(popup, [{ ...pause, outcome: 'kept-editing', durationMs: 5000 }]);
  await popup.reload();
  const card = popup.getByRole('region', { name: 'How did it go?' });
  await card.getByRole('group', { name: 'Was this pause useful?' }).getByRole('button', { name: 'This pause helped' }).click();
  await expect(popup.getByText('Thank you. Steady will take this into account.')).toBeVisible();
  await expect(card.getByRole('group', { name: 'Was this pause useful?' })).toHaveCount(0);
  await expect.poll(async () => (await storedRecords(popup)).find((record) => record.id === 'p-follow')?.feedback).toBe('helped');
});

test('after "Not needed this time" on a pause that noticed two patterns, the card lets the person name the one it was about', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup');
  const pause = {
    type: 'pause',
    id: 'p-two',
    at: Date.now() - 3_600_000,
    site: 'slack',
    trigger: 'flagged',
    patterns: ['over-apology', 'absolutes'],
    score: 0.7,
  };
  await importRecords(popup, [{ ...pause, outcome: 'saved-for-later', durationMs: 5000 }]);
  await popup.reload();
  const card = popup.getByRole('region', { name: 'How did it go?' });
  await card.getByRole('group', { name: 'Was this pause useful?' }).getByRole('button', { name: 'Not needed this time' }).click();
  const which = card.getByRole('group', { name: /one thing in particular that was not needed/ });
  // The keyboard lands on the new, optional question, whose choices are the noticed patterns.
  await expect(which.getByRole('button')).toHaveText(['Apologising a lot', 'Always and never']);
  await expect(which.getByRole('button', { name: 'Apologising a lot' })).toBeFocused();
  await expect.poll(async () => (await storedRecords(popup)).find((record) => record.id === 'p-two')?.feedback).toBe('not-needed');
  await which.getByRole('button', { name: 'Always and never' }).click();
  await expect(which).toHaveCount(0);
  await expect(popup.getByText('Thank you. Steady will take this into account.')).toBeVisible();
  await expect.poll(async () => (await storedRecords(popup)).find((record) => record.id === 'p-two')?.feedbackPatterns).toEqual(['absolutes']);
  for (const colorScheme of COLOR_SCHEMES) await expectAccessible(popup, colorScheme);
});

test("the pause window shows the person's own evidence for fear only when there is some, in counts", async ({ context, fixtureOrigin, openExtensionPage }) => {
  const fearful = "are you mad at me? please just tell me we're okay";
  const page = await context.newPage();
  let composer = await openChatHost(page, fixtureOrigin);
  const evidence = overlay(page).getByRole('list', { name: 'From your own records' });

  await composer.fill(fearful);
  await composer.press('Enter');
  await expect(overlay(page)).toBeVisible();
  await expect(overlay(page)).toContainText('What would help you feel settled');
  await expect(evidence).toHaveCount(0);
  await overlay(page).getByRole('button', { name: 'Keep editing' }).click();

  // Three waits (the earlier pause, kept to edit, is one), two said to have gone fine, and a repaired rupture.
  const popup = await openExtensionPage('popup');
  const now = Date.now();
  const waited = (id: string, at: number) => ({
    type: 'pause',
    id,
    at,
    site: 'slack',
    trigger: 'flagged',
    patterns: ['testing'],
    score: 0.8,
    outcome: 'kept-editing',
    durationMs: 5000,
  });
  const records = [
    waited('w1', now - 5 * 3_600_000),
    waited('w2', now - 4 * 3_600_000),
    { type: 'moment', id: 'f1', at: now - 3 * 3_600_000, kind: 'chose-differently', pauseId: 'w1' },
    { type: 'moment', id: 'f2', at: now - 3 * 3_600_000, kind: 'chose-differently', pauseId: 'w2' },
    { type: 'rupture', id: 'r1', at: now - 2 * 3_600_000, promptAt: now - 3_600_000, repairedAt: now - 1_000 },
  ];
  await importRecords(popup, records);
  await popup.close();

  composer = await openChatHost(page, fixtureOrigin);
  await composer.fill(fearful);
  await composer.press('Enter');
  await expect(evidence.getByRole('listitem')).toHaveText([
    'After 2 of the last 3 times you waited, you told Steady it went fine.',
    'This month you repaired things after 1 rupture.',
  ]);
  await overlay(page).getByRole('button', { name: 'Keep editing' }).click();
});

test('only the person switches a pattern off: then Steady neither pauses for it nor points it out, until it is switched back on', async ({
  context,
  fixtureOrigin,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options');
  const watched = options.getByRole('group', { name: 'Patterns I recognise in myself' });
  const off = options.getByRole('group', { name: 'Patterns Steady does not pause for' });
  await watched.getByLabel('Apologising a lot').check();
  await off.getByLabel('Apologising a lot').check();
  // Switched off, it is no longer a pattern to watch closely either.
  await expect(watched.getByLabel('Apologising a lot')).not.toBeChecked();
  await expect(off.getByLabel('Apologising a lot')).toBeChecked();

  const page = await context.newPage();
  const composer = await openChatHost(page, fixtureOrigin);
  const sent: string[] = [];
  await composer.fill(APOLOGY);
  await composer.press('Enter');
  sent.push(APOLOGY);
  await expectDeliveries(page, sent);
  await expect(overlay(page)).toHaveCount(0);

  // A draft with another pattern still pauses, and names only that one.
  const mixed = 'Sorry, sorry. You never listen to me, you always do this.';
  await composer.fill(mixed);
  await composer.press('Enter');
  await expect(overlay(page)).toBeVisible();
  await expect(overlay(page)).not.toContainText(/apolog/i);
  await overlay(page).getByRole('button', { name: 'Keep editing' }).click();

  await options.bringToFront();
  await off.getByLabel('Apologising a lot').uncheck();
  await page.bringToFront();
  await expect(async () => {
    await composer.fill(APOLOGY);
    await composer.press('Enter');
    await expect(overlay(page)).toBeVisible({ timeout: 1_000 });
  }).toPass();
  expect(await delivered(page)).toHaveLength(sent.length);
  await overlay(page).getByRole('button', { name: 'Keep editing' }).click();
});
