import { describe, expect, it } from 'vitest';
import { GroundingSession, JournalRecord, MicroMoment, PauseEvent, Rupture, SavedDraft } from '@/utils/storage';

const at = Date.UTC(2026, 10, 20);

describe('record schemas', () => {
  it('accept a pause event and never a field holding message text', () => {
    const pause = {
      type: 'pause',
      id: 'p1',
      at,
      site: 'gmail',
      trigger: 'flagged',
      patterns: ['over-apology'],
      score: 0.7,
      outcome: 'kept-editing',
      durationMs: 9000,
    };
    expect(PauseEvent.safeParse(pause).success).toBe(true);
    expect(PauseEvent.safeParse({ ...pause, text: 'the draft' }).success).toBe(false);
    expect(PauseEvent.safeParse({ ...pause, outcome: 'deleted' }).success).toBe(false);
    expect(PauseEvent.safeParse({ ...pause, score: 1.5 }).success).toBe(false);
  });

  it('accept moments of built-in and custom kinds, with optional safety 1-5', () => {
    const base = { type: 'moment', id: 'm1', at };
    expect(MicroMoment.safeParse({ ...base, kind: 'asked-for-space', safety: 4, note: 'it went fine', person: 'Sam' }).success).toBe(true);
    expect(MicroMoment.safeParse({ ...base, kind: 'custom:walked-away-calmly' }).success).toBe(true);
    expect(MicroMoment.safeParse({ ...base, kind: 'custom:' }).success).toBe(false);
    expect(MicroMoment.safeParse({ ...base, kind: 'asked-for-help', safety: 6 }).success).toBe(false);
    expect(MicroMoment.safeParse({ ...base, kind: 'asked-for-help', note: 'x'.repeat(501) }).success).toBe(false);
  });

  it('accept grounding sessions and ruptures', () => {
    expect(
      GroundingSession.safeParse({ type: 'grounding', id: 'g1', at, exercise: 'breathing-box', durationMs: 60000, completed: true, before: 4, after: 2 })
        .success,
    ).toBe(true);
    expect(GroundingSession.safeParse({ type: 'grounding', id: 'g1', at, exercise: 'yoga', durationMs: 1, completed: true }).success).toBe(false);
    expect(Rupture.safeParse({ type: 'rupture', id: 'r1', at, promptAt: at + 1, repairedAt: at + 2, repairMomentId: 'm1' }).success).toBe(true);
  });

  it('tell record types apart by their type field', () => {
    expect(JournalRecord.safeParse({ type: 'rupture', id: 'r1', at, promptAt: at }).success).toBe(true);
    expect(JournalRecord.safeParse({ type: 'unknown', id: 'r1', at }).success).toBe(false);
  });

  it('refuse ids that could pollute an object prototype', () => {
    for (const id of ['__proto__', '', 'a b', 'x'.repeat(65)]) {
      expect(MicroMoment.safeParse({ type: 'moment', id, at, kind: 'asked-for-help' }).success, id).toBe(false);
    }
  });

  it('keep saved drafts within bounds', () => {
    const draft = { id: 'd1', at, site: 'slack', text: 'hello', expiresAt: at + 1 };
    expect(SavedDraft.safeParse(draft).success).toBe(true);
    expect(SavedDraft.safeParse({ ...draft, text: '' }).success).toBe(false);
  });
});
