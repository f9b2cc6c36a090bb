import { browser } from 'wxt/browser';
import { keyFor, t } from '@/utils/i18n';
import { BUILT_IN_MOMENT_KINDS, SUPPORTED_SITE_IDS, type MomentKind, type PatternId, type Settings } from '@/utils/storage';

const locale = () => browser.i18n.getUILanguage();

export function kindLabel(kind: MomentKind, customKinds: Settings['customKinds']): string {
  if ((BUILT_IN_MOMENT_KINDS as readonly string[]).includes(kind)) return t(keyFor('kind', kind));
  return customKinds.find((custom) => custom.id === kind)?.label ?? t('moment_customGone');
}

/** The pattern names the options page uses, so a pattern reads the same everywhere. */
export const patternLabel = (pattern: PatternId) => t(keyFor('options_pattern', pattern));

export function siteLabel(site: string): string {
  return (SUPPORTED_SITE_IDS as readonly string[]).includes(site) ? t(keyFor('options_site', site)) : site;
}

export const formatNumber = (value: number, digits = 1) =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);

export const formatMinutes = (ms: number) =>
  new Intl.NumberFormat(locale(), { style: 'unit', unit: 'minute', unitDisplay: 'long', maximumFractionDigits: 0 }).format(
    Math.round(ms / 60_000),
  );

export const formatDateTime = (at: number) =>
  new Intl.DateTimeFormat(locale(), { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(at);

export const formatDay = (at: number) => new Intl.DateTimeFormat(locale(), { weekday: 'short' }).format(at);
export const formatLongDay = (at: number) => new Intl.DateTimeFormat(locale(), { weekday: 'long', day: 'numeric', month: 'long' }).format(at);

/** "16–22 June 2025", the locale's way; `end` is the start of the following week. */
export const formatWeek = (start: number, end: number) =>
  new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(start, end - 1);
