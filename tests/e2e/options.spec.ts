import { test, expect } from './fixtures';
import { buildHost, CHARGED, expectDeliveries, overlay, steadyReady } from './pause-support';
import { COLOR_SCHEMES, expectAccessible, registeredScripts, storedSettings } from './options-support';

test('a site added on the options page is registered, pauses a charged draft, and is gone once removed', async ({
  context,
  fixtureOrigin,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options');
  const sites = options.getByRole('region', { name: 'Where Steady helps' });
  await sites.getByLabel('Add another site').fill(`${fixtureOrigin}/pages/plain.html`);
  await sites.getByRole('button', { name: 'Add site' }).click();
  await expect(sites.getByRole('status')).toHaveText(`Steady now helps on ${fixtureOrigin}.`);
  expect(await registeredScripts(options)).toContain(`added:${fixtureOrigin}`);
  expect((await storedSettings(options)).addedSites).toEqual([fixtureOrigin]);
  await expect(sites.getByRole('list', { name: 'Sites you added' })).toContainText(fixtureOrigin);

  const host = await context.newPage();
  await buildHost(host, fixtureOrigin, 'chat');
  await steadyReady(host);
  const composer = host.getByRole('textbox', { name: 'Message' });
  await composer.fill(CHARGED);
  await composer.press('Enter');
  await expect(overlay(host)).toBeVisible();

  await sites.getByRole('button', { name: `Remove ${fixtureOrigin}` }).click();
  await expect(sites.getByRole('status')).toHaveText(`Steady no longer runs on ${fixtureOrigin}.`);
  expect(await registeredScripts(options)).not.toContain(`added:${fixtureOrigin}`);
  expect((await storedSettings(options)).addedSites).toEqual([]);
});

test('an address that is not a web site is refused with a clear message', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options');
  const sites = options.getByRole('region', { name: 'Where Steady helps' });
  await sites.getByLabel('Add another site').fill('file:///etc/hosts');
  await sites.getByRole('button', { name: 'Add site' }).click();
  await expect(sites.getByRole('alert')).toContainText("doesn't look like a web address");
  expect(await registeredScripts(options)).toEqual([]);
});

test('every setting changed in the page is stored and shown again after a reload', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options');
  const watched = options.getByRole('group', { name: 'Patterns I recognise in myself' });
  const off = options.getByRole('group', { name: 'Patterns Steady does not pause for' });
  await options.getByLabel('Slack').uncheck();
  await options.getByLabel('Discord').uncheck();
  await options.getByRole('radio', { name: 'Before every message' }).check();
  await options.getByRole('radio', { name: 'Watchful' }).check();
  await options.getByLabel('Length of the breathing pause (seconds)').fill('20');
  await options.getByLabel('Wait before Send anyway is available (seconds)').fill('5');
  await options.getByLabel('Pause before every message during quiet hours').check();
  await options.getByLabel('Quiet hours start').selectOption('22');
  await options.getByLabel('Quiet hours end').selectOption('7');
  await watched.getByLabel('Testing people').check();
  await watched.getByLabel('Pulling away').check();
  await off.getByLabel('Capitals and exclamation marks').check();
  await options.getByLabel('A weekly check-in').check();
  await options.getByLabel('Check-in day').selectOption('3');
  await options.getByLabel('Check-in time').selectOption('20');
  await options.getByLabel('Remind me about drafts I saved for later').uncheck();
  await options.getByLabel('Keep saved drafts for (days)').fill('14');
  await options.getByLabel('Ask how a repair went after (days)').fill('4');
  await options.getByRole('radio', { name: '6 months' }).check();
  await options.getByRole('radio', { name: 'Dark', exact: true }).check();
  await options.getByLabel("Show this week's moments on the toolbar icon").check();
  await options.getByLabel('Sync these settings between my browsers').check();

  const expected = {
    pauseMode: 'always',
    sensitivity: 'watchful',
    pauseSeconds: 20,
    minimumWaitSeconds: 5,
    quietHours: { enabled: true, start: 22, end: 7 },
    profile: ['testing', 'withdrawal'],
    patternsOff: ['shouting'],
    checkIn: { enabled: true, weekday: 3, hour: 20 },
    draftReminders: false,
    draftExpiryDays: 14,
    repairDelayDays: 4,
    retentionMonths: 6,
    theme: 'dark',
    badge: true,
    syncSettings: true,
  };
  await expect
    .poll(() => storedSettings(options))
    .toMatchObject({ ...expected, sites: expect.objectContaining({ slack: false, discord: false, gmail: true }) });
  await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');

  await options.reload();
  await expect(options.getByLabel('Slack')).not.toBeChecked();
  await expect(options.getByLabel('Discord')).not.toBeChecked();
  await expect(options.getByLabel('Gmail')).toBeChecked();
  await expect(options.getByRole('radio', { name: 'Before every message' })).toBeChecked();
  await expect(options.getByRole('radio', { name: 'Watchful' })).toBeChecked();
  await expect(options.getByLabel('Length of the breathing pause (seconds)')).toHaveValue('20');
  await expect(options.getByLabel('Wait before Send anyway is available (seconds)')).toHaveValue('5');
  await expect(options.getByLabel('Pause before every message during quiet hours')).toBeChecked();
  await expect(options.getByLabel('Quiet hours start')).toHaveValue('22');
  await expect(options.getByLabel('Quiet hours end')).toHaveValue('7');
  await expect(watched.getByLabel('Testing people')).toBeChecked();
  await expect(watched.getByLabel('Pulling away')).toBeChecked();
  await expect(watched.getByLabel('Apologising a lot')).not.toBeChecked();
  await expect(off.getByLabel('Capitals and exclamation marks')).toBeChecked();
  await expect(off.getByLabel('Testing people')).not.toBeChecked();
  await expect(options.getByLabel('A weekly check-in')).toBeChecked();
  await expect(options.getByLabel('Check-in day')).toHaveValue('3');
  await expect(options.getByLabel('Check-in time')).toHaveValue('20');
  await expect(options.getByLabel('Remind me about drafts I saved for later')).not.toBeChecked();
  await expect(options.getByLabel('Keep saved drafts for (days)')).toHaveValue('14');
  await expect(options.getByLabel('Ask how a repair went after (days)')).toHaveValue('4');
  await expect(options.getByRole('radio', { name: '6 months' })).toBeChecked();
  await expect(options.getByRole('radio', { name: 'Dark', exact: true })).toBeChecked();
  await expect(options.getByLabel("Show this week's moments on the toolbar icon")).toBeChecked();
  await expect(options.getByLabel('Sync these settings between my browsers')).toBeChecked();
});

test('the live preview shows what Steady would notice, following the pause mode', async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options');
  const preview = options.getByLabel(/Try a draft here/);
  await preview.fill('Sounds good, see you at six!');
  await expect(options.getByText('Steady would let this go without a pause.')).toBeVisible();
  await preview.fill(CHARGED);
  await expect(options.getByText('Steady would offer a pause here.')).toBeVisible();
  await expect(options.locator('.preview mark').first()).toBeVisible();
  await options.getByRole('radio', { name: 'Off', exact: true }).check();
  await expect(options.getByText('The pause is off, so this would send straight away.')).toBeVisible();
});

for (const scheme of COLOR_SCHEMES) {
  test(`the options page has no accessibility violations (${scheme})`, async ({ openExtensionPage }) => {
    const options = await openExtensionPage('options');
    await options.getByLabel(/Try a draft here/).fill(CHARGED);
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await expect(options.getByRole('button', { name: 'Yes, delete everything' })).toBeVisible();
    await expectAccessible(options, scheme);
  });
}

test('a change on the options page reaches an open tab without reloading it', async ({ context, fixtureOrigin, openExtensionPage }) => {
  const host = await context.newPage();
  await buildHost(host, fixtureOrigin, 'chat');
  await steadyReady(host);
  const options = await openExtensionPage('options');
  await options.getByRole('radio', { name: 'Off', exact: true }).check();
  await expect.poll(async () => (await storedSettings(options)).pauseMode).toBe('off');

  await host.bringToFront();
  const composer = host.getByRole('textbox', { name: 'Message' });
  await composer.fill(CHARGED);
  await composer.press('Enter');
  await expectDeliveries(host, [CHARGED]);
  await expect(overlay(host)).toHaveCount(0);
});

test("the toolbar badge is off by default and, once on, counts this week's moments", async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options');
  const badge = () => options.evaluate(() => chrome.action.getBadgeText({}));
  await options.evaluate(() =>
    chrome.runtime.sendMessage({ name: 'page:put-records', data: { records: [{ type: 'moment', id: 'badge-1', at: Date.now(), kind: 'felt-understood' }] } }),
  );
  expect(await badge()).toBe('');
  await options.getByLabel("Show this week's moments on the toolbar icon").check();
  await expect.poll(badge).toBe('1');
  await options.evaluate(() =>
    chrome.runtime.sendMessage({ name: 'page:put-records', data: { records: [{ type: 'moment', id: 'badge-2', at: Date.now(), kind: 'asked-for-help' }] } }),
  );
  await expect.poll(badge).toBe('2');
  await options.getByLabel("Show this week's moments on the toolbar icon").uncheck();
  await expect.poll(badge).toBe('');
});
