import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countMessage, formatBytes, hourOptions, weekdayOptions } from '@/components/options/format';

describe('numbers and times on the options page', () => {
  it('writes sizes with Intl units', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(2_400)).toBe('2.4 kB');
    expect(formatBytes(3_250_000)).toBe('3.3 MB');
  });

  it('counts with the plural form and the locale’s digits', () => {
    expect(countMessage('data_imported', 1)).toBe('Imported 1 new entry.');
    expect(countMessage('data_imported', 20_000)).toBe('Imported 20,000 new entries.');
  });

  it('names hours and weekdays in the browser’s language', () => {
    expect(hourOptions()).toHaveLength(24);
    expect(weekdayOptions()[0]).toEqual({ value: 0, label: 'Sunday' });
    (fakeBrowser.i18n as unknown as { getUILanguage: () => string }).getUILanguage = () => 'es';
    expect(weekdayOptions()[1]).toEqual({ value: 1, label: 'lunes' });
    expect(hourOptions()[22].label).toBe('22:00');
  });
});
