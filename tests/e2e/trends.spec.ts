import { test, expect } from './fixtures';
import { importRecords } from './helpers';
import { COLOR_SCHEMES, expectAccessible } from './options-support';
import { spanish, spanishI18n } from './spanish';

const DAY = 86_400_000;

test('the twelve-week view matches a seeded journal exactly, in sentences, chart, table and lists, and passes axe', async ({ context, openExtensionPage }) => {
  const popup = await openExtensionPage('popup');
  // Seeded in weeks counted back from this one (weeks start on Monday in English): the middle of each week, so no record sits on an edge.
  const records = await popup.evaluate((day) => {
    const now = new Date();
    const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
    const midWeek = (weeksAgo: number, hour = 12) => new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7 * weeksAgo + 2, hour).getTime();
    // This week's middle may still be ahead: this week's record is a minute old.
    const at = (weeksAgo: number, hour = 12) => (weeksAgo === 0 ? now.getTime() - 60_000 : midWeek(weeksAgo, hour));
    const pause = (id: string, weeksAgo: number, patterns: string[], outcome: string) => ({
      type: 'pause',
      id,
      at: at(weeksAgo),
      site: 'whatsapp',
      trigger: 'flagged',
      patterns,
      score: 0.8,
      outcome,
      durationMs: 5000,
    });
    return [
      ...[7, 6, 5, 4].flatMap((weeksAgo) => [
        pause(`a${weeksAgo}`, weeksAgo, ['withdrawal'], 'sent-anyway'),
        pause(`b${weeksAgo}`, weeksAgo, ['withdrawal', 'testing'], 'sent-anyway'),
      ]),
      pause('c1', 1, ['withdrawal'], 'kept-editing'),
      pause('c2', 2, ['testing'], 'saved-for-later'),
      { type: 'moment', id: 'm1', at: at(3), kind: 'felt-understood' },
      { type: 'moment', id: 'm2', at: at(3, 13), kind: 'felt-understood' },
      { type: 'moment', id: 'm3', at: at(0), kind: 'asked-for-help' },
      { type: 'grounding', id: 'g1', at: at(1), exercise: 'breathing-box', durationMs: 5 * 60_000, completed: true },
      { type: 'rupture', id: 'r1', at: at(2), promptAt: at(2) + day },
      { type: 'moment', id: 'm4', at: at(1, 14), kind: 'repair-after-rupture', ruptureId: 'r1' },
      // Older than the twelve weeks: left out.
      pause('old', 13, ['hostility'], 'sent-anyway'),
    ];
  }, DAY);
  await importRecords(popup, records);

  const trends = await openExtensionPage('trends');
  await expect(trends.getByRole('heading', { level: 1, name: 'Your last twelve weeks' })).toBeVisible();
  await expect(trends.getByRole('region', { name: 'What changed' }).getByRole('listitem')).toHaveText([
    'Pulling away came up in 1 pause in the last four weeks, down from 8 in the four before.',
    'Pauses in the last four weeks: 2. You waited or kept editing after 2 of them.',
    'You spent 5 minutes grounding in the last four weeks.',
    'You repaired things after 1 rupture in the last four weeks.',
  ]);
  const rows = trends.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(13);
  // Oldest week first: moments, pauses, waited or edited, grounding minutes, ruptures, repairs.
  const figures = await rows.evaluateAll((all) => all.slice(1).map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent).join(' ')));
  expect(figures).toEqual([...Array(4).fill('0 0 0 0 0 0'), ...Array(4).fill('0 2 0 0 0 0'), '2 0 0 0 0 0', '0 1 1 0 1 0', '1 1 1 5 0 1', '1 0 0 0 0 0']);
  await expect(trends.getByRole('img', { name: /Moments and pauses each week/ })).toBeVisible();
  await expect(trends.getByRole('region', { name: /Patterns/ }).getByRole('listitem')).toHaveText([
    'Pulling away: 8 in the four weeks before, 1 in the last four',
    'Testing people: 4 in the four weeks before, 1 in the last four',
  ]);
  await expect(trends.getByRole('region', { name: /Moments by kind/ }).getByRole('listitem')).toHaveText([
    'Felt understood: 2',
    'Repaired after a rupture: 1',
    'Asked for help: 1',
  ]);
  for (const colorScheme of COLOR_SCHEMES) await expectAccessible(trends, colorScheme);
  await trends.screenshot({ path: test.info().outputPath('trends.png'), fullPage: true });

  // In Spanish too, from the same journal.
  await context.addInitScript(spanishI18n, spanish);
  const spanishTrends = await openExtensionPage('trends');
  await expect(spanishTrends.getByRole('heading', { level: 1, name: 'Tus últimas doce semanas' })).toBeVisible();
  await expect(spanishTrends.getByRole('region', { name: 'Qué cambió' }).getByRole('listitem')).toHaveCount(4);
  for (const colorScheme of COLOR_SCHEMES) await expectAccessible(spanishTrends, colorScheme);
  // Longer words never push anything past its card, from a wide window down to a phone's width.
  for (const width of [1100, 700, 380]) {
    await spanishTrends.setViewportSize({ width, height: 800 });
    const overflowing = await spanishTrends.evaluate(() =>
      [...document.querySelectorAll('.card')].filter((card) => card.scrollWidth > card.clientWidth).map((card) => card.querySelector('h2')?.textContent),
    );
    expect(overflowing, `cards wider than their box at ${width} px`).toEqual([]);
  }
  await spanishTrends.screenshot({ path: test.info().outputPath('trends-es.png'), fullPage: true });
});
