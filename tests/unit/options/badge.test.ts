import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, refreshBadge, startBadge, startOfWeek } from '@/utils/background/badge';
import { putRecords, updateSettings } from '@/utils/storage';

// Wednesday 18 November 2026, midday local time.
const wednesday = new Date(2026, 10, 18, 12);
const monday = new Date(2026, 10, 16).getTime();
const hour = 3_600_000;

describe('the toolbar badge', () => {
  it('counts from Monday midnight, local time', () => {
    expect(startOfWeek(wednesday)).toBe(monday);
    expect(startOfWeek(new Date(2026, 10, 16, 0, 0))).toBe(monday);
    expect(startOfWeek(new Date(2026, 10, 22, 23, 59))).toBe(monday);
  });

  it('shows nothing for an empty week rather than a zero', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(1200)).toBe('999+');
  });

  it('is off by default, then shows only this week’s moments', async () => {
    await putRecords([
      { type: 'moment', id: 'this-week-1', at: monday + hour, kind: 'asked-for-help' },
      { type: 'moment', id: 'this-week-2', at: wednesday.getTime() - hour, kind: 'felt-understood' },
      { type: 'moment', id: 'last-week', at: monday - hour, kind: 'felt-understood' },
      { type: 'grounding', id: 'not-a-moment', at: monday + 2 * hour, exercise: 'breathing-box', durationMs: 1000, completed: true },
    ]);
    await refreshBadge(wednesday);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    await updateSettings({ badge: true });
    await refreshBadge(wednesday);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('follows the setting when it changes', async () => {
    startBadge();
    await putRecords([{ type: 'moment', id: 'now', at: Date.now(), kind: 'asked-for-help' }]);
    await updateSettings({ badge: true });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('1');
    await updateSettings({ badge: false });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
