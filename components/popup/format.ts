import { browser } from 'wxt/browser';
import { keyFor, t } from '@/utils/i18n';
import type { MomentKind, PatternId, Settings } from '@/utils/storage';
import { BUILT_IN_MOMENT_KINDS, SUPPORTED_SITE_IDS, isOrigin } from '@/utils/storage/values';

const locale = () => browser.i18n.getUILanguage();

export function kindLabel(kind: MomentKind, customKinds: Settings['customKinds']): string {
  if ((BUILT_IN_MOMENT_KINDS as readonly string[]).includes(kind)) return t(keyFor('kind', kind));
  return customKinds.find((custom) => custom.id === kind)?.label ?? t('moment_customGone');
}

/** The pattern names the options page uses, so a pattern reads the same everywhere. */
export const patternLabel = (pattern: PatternId) => t(keyFor('options_pattern', pattern));

/** A site as people know it: a built-in site's name, or an added site's host name without scheme or port. */
export function siteLabel(site: string): string {
  if ((SUPPORTED_SITE_IDS as readonly string[]).includes(site)) return t(keyFor('options_site', site));
  // Only an added site's origin is shortened; anything else is shown exactly as stored.
  return isOrigin(site) ? new URL(site).hostname : site;
}

export const formatNumber = (value: number, digits = 1) => new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);

export const formatMinutes = (ms: number) =>
  new Intl.NumberFormat(locale(), { style: 'unit', unit: 'minute', unitDisplay: 'long', maximumFractionDigits: 0 }).format(Math.round(ms / 60_000));

export const formatDateTime = (at: number) =>
  new Intl.DateTimeFormat(locale(), { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(at);

export const formatDay = (at: number) => new Intl.DateTimeFormat(locale(), { weekday: 'short' }).format(at);
export const formatLongDay = (at: number) => new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'long' }).format(at);
/** "3 Nov": the day a week starts, in the twelve-week view. */
export const formatWeekStart = (start: number) => new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short' }).format(start);
/** "3 November 2026", for a printed summary that may be read long after. */
export const formatDate = (at: number) => new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(at);

/** "16–22 Jun", the locale's way, with the year only when it is not this one; `end` is the start of the following week. */
export const formatWeek = (start: number, end: number, now = Date.now()) =>
  new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'short',
    ...(new Date(start).getFullYear() === new Date(now).getFullYear() && new Date(end - 1).getFullYear() === new Date(now).getFullYear()
      ? {}
      : { year: 'numeric' }),
  }).formatRange(start, end - 1);
