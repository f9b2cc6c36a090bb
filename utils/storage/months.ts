/** Calendar months (UTC) as `YYYY-MM`: the journal and the set-aside values are both kept by month. */

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function monthOf(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/** Months from `from` to `to` inclusive, as `YYYY-MM`. */
export function monthsBetween(from: number, to: number): string[] {
  const months: string[] = [];
  const cursor = new Date(Date.UTC(new Date(from).getUTCFullYear(), new Date(from).getUTCMonth(), 1));
  while (cursor.getTime() <= to) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}
