import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/utils/i18n';
import type { Option } from './fields';

const locale = () => browser.i18n.getUILanguage();

/** The 24 hours of a day, written the way the person's locale writes times. */
export function hourOptions(): Option<number>[] {
  const format = new Intl.DateTimeFormat(locale(), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return Array.from({ length: 24 }, (_, hour) => ({ value: hour, label: format.format(Date.UTC(2024, 0, 1, hour)) }));
}

/** Weekdays 0 (Sunday) to 6, named in the person's language. */
export function weekdayOptions(): Option<number>[] {
  const format = new Intl.DateTimeFormat(locale(), { weekday: 'long', timeZone: 'UTC' });
  // 7 January 2024 was a Sunday.
  return Array.from({ length: 7 }, (_, day) => ({ value: day, label: format.format(Date.UTC(2024, 0, 7 + day)) }));
}

/** A byte count as "1.2 MB" (or the locale's way of writing it). */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  // Plain bytes read better spelled out ("0 bytes"); larger units abbreviate well ("1.2 MB").
  const unitDisplay = unit === 0 ? 'long' : 'short';
  return new Intl.NumberFormat(locale(), { style: 'unit', unit: units[unit], unitDisplay, maximumFractionDigits: 1 }).format(value);
}

type CountedKey =
  | 'data_imported'
  | 'data_skipped'
  | 'data_setAside'
  | 'data_leftOut'
  | 'data_count_moment'
  | 'data_count_pause'
  | 'data_count_grounding'
  | 'data_count_rupture'
  | 'data_count_draft'
  | 'data_previewUnreadable';

/** A counted message (`base_one` / `base_other`) with the count written the locale's way ("20,000"). */
export function countMessage(base: CountedKey, count: number): string {
  const form = new Intl.PluralRules(locale()).select(count) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` satisfies MessageKey, new Intl.NumberFormat(locale()).format(count));
}
