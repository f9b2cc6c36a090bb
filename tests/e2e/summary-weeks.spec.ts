import { test, expect } from './fixtures';

/**
 * Nine weeks of records in New York time, across the end of daylight saving time
 * (1 November 2026, 02:00 EDT → 01:00 EST), read back week by week in the popup.
 * The expected figures are counted here from local calendar dates, independently of
 * Steady's own summary code.
 */
const TIME_ZONE = 'America/New_York';
test.use({ steadyLaunch: { timezone: TIME_ZONE, args: ['--lang=en-US'] } });

const FIRST_SUNDAY = '2026-09-27';
const LAST_DAY = '2026-11-24';
const NOW = new Date('2026-11-25T12:00:00-05:00');
const WEEKS = 9;

/** The local calendar dates from FIRST_SUNDAY to LAST_DAY, as YYYY-MM-DD. */
function calendarDates(): string[] {
  const dates: string[] = [];
  for (let day = new Date(`${FIRST_SUNDAY}T00:00:00Z`); day.toISOString().slice(0, 10) <= LAST_DAY; day.setUTCDate(day.getUTCDate() + 1)) {
    dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
}

/** A New York wall-clock time as an instant: EDT (UTC-4) until 02:00 on 1 November, EST (UTC-5) after. */
function newYork(date: string, time: string): number {
  const summer = date < '2026-11-01' || (date === '2026-11-01' && time < '02:00');
  return Date.parse(`${date}T${time}:00${summer ? '-04:00' : '-05:00'}`);
}

type Day = { date: string; moments: number; pauses: number; groundingMinutes: number };

function seededData() {
  const days: Day[] = [];
  const records: Array<Record<string, unknown>> = [];
  calendarDates().forEach((date, index) => {
    // Moments just after midnight and just before it, where an hour's error moves them to another day or week.
    const moments = index % 3;
    for (let n = 0; n < moments; n++) {
      records.push({ type: 'moment', id: `m-${date}-${n}`, at: newYork(date, n === 0 ? '00:20' : '23:40'), kind: 'felt-understood' });
    }
    const pauses = index % 4 === 1 ? 1 : 0;
    if (pauses) {
      records.push({
        type: 'pause',
        id: `p-${date}`,
        at: newYork(date, '12:00'),
        site: 'slack',
        trigger: 'flagged',
        patterns: ['testing'],
        score: 0.7,
        outcome: 'kept-editing',
        durationMs: 20_000,
      });
    }
    const groundingMinutes = index % 5 === 2 ? 3 : 0;
    if (groundingMinutes) {
      records.push({
        type: 'grounding',
        id: `g-${date}`,
        at: newYork(date, '23:50'),
        exercise: 'breathing-box',
        durationMs: groundingMinutes * 60_000,
        completed: true,
      });
    }
    days.push({ date, moments, pauses, groundingMinutes });
  });
  const weeks = Array.from({ length: WEEKS }, (_, week) => {
    const inWeek = days.slice(week * 7, week * 7 + 7);
    const sum = (field: 'moments' | 'pauses' | 'groundingMinutes') => inWeek.reduce((total, day) => total + day[field], 0);
    return { moments: sum('moments'), momentDays: inWeek.filter((day) => day.moments > 0).length, pauses: sum('pauses'), minutes: sum('groundingMinutes') };
  });
  return { records, weeks };
}

test('nine seeded weeks across a daylight-saving change read back exactly, week by week', async ({ context, extensionId }) => {
  const { records, weeks } = seededData();
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  // The fake clock goes onto a loaded page (on a blank new tab it can race the page's start), then the page starts again under it.
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.clock.setFixedTime(NOW);
  await popup.reload();
  expect(await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(TIME_ZONE);
  // Pause records come only from content scripts, so the history arrives as an import, as after a move to a new computer.
  await popup.evaluate(async (records) => {
    const exported = await chrome.runtime.sendMessage({ name: 'page:export', data: {} });
    if (!exported?.ok) throw new Error(`export failed: ${exported?.error}`);
    const file = { ...JSON.parse(exported.data.json), records };
    const imported = await chrome.runtime.sendMessage({ name: 'page:import', data: { json: JSON.stringify(file) } });
    if (!imported?.ok) throw new Error(`seeding failed: ${imported?.error}`);
  }, records);
  await popup.reload();

  await popup.getByRole('navigation').getByRole('button', { name: /Week/ }).click();
  const figure = (label: string) =>
    popup
      .locator('.figures > div')
      .filter({ has: popup.getByRole('term').getByText(label, { exact: true }) })
      .getByRole('definition');
  const minutes = (count: number) => `${count} minute${count === 1 ? '' : 's'}`;

  for (let week = WEEKS - 1; week >= 0; week--) {
    const current = weeks[week];
    const previous = weeks[week - 1] ?? { moments: 0, pauses: 0, minutes: 0 };
    await test.step(`week starting ${calendarDates()[week * 7]}`, async () => {
      await expect(figure('Trust moments')).toHaveText(`${current.moments} (last week: ${previous.moments})`);
      await expect(figure('Days with a moment')).toHaveText(String(current.momentDays));
      await expect(figure('Pauses before sending')).toHaveText(`${current.pauses} (last week: ${previous.pauses})`);
      await expect(figure('Grounding')).toHaveText(`${minutes(current.minutes)} (last week: ${minutes(previous.minutes)})`);
    });
    if (week > 0) await popup.getByRole('button', { name: 'Previous week' }).click();
  }
  console.log(`${records.length} records over ${WEEKS} weeks in ${TIME_ZONE}: every weekly figure matched`);
});
