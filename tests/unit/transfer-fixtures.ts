import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type JournalRecord, type SavedDraft, type Settings } from '@/utils/storage';

const day = 86_400_000;
export const NOW = Date.UTC(2026, 10, 20, 12);

/** One record of every kind, across several months. */
export function sampleRecords(): JournalRecord[] {
  return [
    { type: 'moment', id: 'm1', at: NOW - day, kind: 'asked-for-help', note: 'Said "I need you" and it went, fine', safety: 4 },
    { type: 'moment', id: 'm2', at: NOW - 70 * day, kind: 'custom:walk', person: 'Sam' },
    {
      type: 'pause',
      id: 'p1',
      at: NOW - 2 * day,
      site: 'gmail',
      trigger: 'flagged',
      patterns: ['over-apology'],
      score: 0.7,
      outcome: 'kept-editing',
      durationMs: 12_000,
    },
    { type: 'grounding', id: 'g1', at: NOW - 40 * day, exercise: 'breathing-box', durationMs: 60_000, completed: true, before: 2, after: 4 },
    { type: 'rupture', id: 'r1', at: NOW - 5 * day, promptAt: NOW - 3 * day, note: 'A sharp evening' },
  ];
}

export function sampleDraft(): SavedDraft {
  return { id: 'd1', at: NOW - day, site: 'slack', text: 'Can we talk tomorrow?', expiresAt: NOW + 6 * day };
}

export const CHANGED_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  pauseMode: 'always',
  sensitivity: 'watchful',
  profile: ['testing', 'withdrawal'],
  quietHours: { enabled: true, start: 22, end: 7 },
  retentionMonths: 6,
  theme: 'dark',
  badge: true,
  onboarded: true,
};

/** Everything Steady has in every storage area, deep-copied, to compare before and after. */
export async function storageSnapshot(): Promise<unknown> {
  return structuredClone({
    local: await fakeBrowser.storage.local.get(null),
    sync: await fakeBrowser.storage.sync.get(null),
    session: await fakeBrowser.storage.session.get(null),
  });
}
