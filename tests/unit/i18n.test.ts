import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, tCount } from '@/utils/i18n';

type Writable = { i18n?: unknown };

describe('locale strings once the extension is out of reach', () => {
  const i18n = fakeBrowser.i18n;
  afterEach(() => {
    (fakeBrowser as unknown as Writable).i18n = i18n;
  });

  it('gives back the words already read, and the key for words never read, without throwing', () => {
    const before = t('overlay_send');
    const counted = tCount('data_imported', 3);
    expect(before).not.toBe('overlay_send');
    (fakeBrowser as unknown as Writable).i18n = undefined;
    expect(t('overlay_send')).toBe(before);
    expect(tCount('data_imported', 3)).toBe(counted);
    expect(t('overlay_edit')).toBe('overlay_edit');
  });
});
