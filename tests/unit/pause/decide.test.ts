import { describe, expect, it } from 'vitest';
import { decidePause, type PauseSettings } from '@/utils/pause/decide';
import { reflect } from '@/utils/reflection';
import { DEFAULT_SETTINGS } from '@/utils/storage/schemas';
import { contentSettingsOf } from '@/utils/handlers/get-config';

const CALM = 'Sounds good, see you at six!';
const CHARGED = "I'm so sorry, I'm sorry, I'm such an idiot, sorry, please don't be mad at me";
const NOON = new Date(2026, 0, 14, 12, 0);
const LATE = new Date(2026, 0, 14, 23, 30);

const defaults: PauseSettings = contentSettingsOf(DEFAULT_SETTINGS);
const decide = (draft: string, changes: Partial<PauseSettings> = {}, now = NOON, recentSendsInThread = 0) =>
  decidePause({ draft, settings: { ...defaults, ...changes }, now, recentSendsInThread }, reflect);

describe('decidePause', () => {
  it('lets a calm draft through and holds a charged one, by default', () => {
    expect(decide(CALM)).toBeUndefined();
    const held = decide(CHARGED);
    expect(held?.trigger).toBe('flagged');
    expect(held?.reflection.findings.map((finding) => finding.pattern)).toContain('over-apology');
  });

  it('never holds an empty draft', () => {
    expect(decide('   ', { pauseMode: 'always' })).toBeUndefined();
  });

  it('pauses before every message in "always" mode and never in "off" mode', () => {
    expect(decide(CALM, { pauseMode: 'always' })?.trigger).toBe('always');
    expect(decide(CHARGED, { pauseMode: 'off' })).toBeUndefined();
  });

  it('stays out of the way while snoozed, and comes back when the snooze ends', () => {
    expect(decide(CHARGED, { snoozeUntil: NOON.getTime() + 60_000 })).toBeUndefined();
    expect(decide(CHARGED, { snoozeUntil: NOON.getTime() - 1 })?.trigger).toBe('flagged');
  });

  it('pauses every message inside quiet hours (across midnight) once the person opted in', () => {
    const on = { quietHours: { enabled: true, start: 23, end: 6 } };
    expect(decide(CALM, on, LATE)?.trigger).toBe('quiet-hours');
    expect(decide(CALM, on, new Date(2026, 0, 15, 5, 59))?.trigger).toBe('quiet-hours');
    expect(decide(CALM, on, NOON)).toBeUndefined();
    expect(decide(CALM, {}, LATE)).toBeUndefined();
  });

  it('notices a chasing reply from the sends kept in memory for this conversation', () => {
    const nudge = 'Hello?';
    expect(decide(nudge, {}, NOON, 0)).toBeUndefined();
    const chasing = decide(nudge, {}, NOON, 3);
    expect(chasing?.trigger).toBe('flagged');
    expect(chasing?.reflection.findings.map((finding) => finding.pattern)).toContain('double-texting');
  });
});
