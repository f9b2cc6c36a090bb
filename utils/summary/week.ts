/**
 * Calendar weeks in local time. Days are stepped by calendar date, never by adding
 * 24 hours, so a week that crosses a daylight-saving change still has seven days.
 */

export const DAYS_IN_WEEK = 7;

/** The locale's first day of the week, 0 = Sunday … 6 = Saturday; Monday where unknown. */
export function firstDayOfWeek(locale: string): number {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
    if (firstDay !== undefined && firstDay >= 1 && firstDay <= 7) return firstDay % 7;
  } catch {
    // An unusable locale tag falls through to Monday.
  }
  return 1;
}

/** Local midnight of the day `days` calendar days after the day of `at`. */
export function addDays(at: number, days: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

/** Local midnight starting the week that contains `at`. */
export function weekStart(at: number, firstDay: number): number {
  const back = (new Date(at).getDay() - firstDay + DAYS_IN_WEEK) % DAYS_IN_WEEK;
  return addDays(at, -back);
}

/** The local midnights of the seven days of the week starting at `start`, and the next week's start. */
export function weekDays(start: number): { days: number[]; end: number } {
  const days = Array.from({ length: DAYS_IN_WEEK }, (_, index) => addDays(start, index));
  return { days, end: addDays(start, DAYS_IN_WEEK) };
}
