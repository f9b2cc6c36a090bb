import { reflect, type Reflection } from '../reflection';
import type { ContentConfig } from '../messaging';

export type PauseSettings = ContentConfig['settings'];
export type PauseTrigger = 'flagged' | 'always' | 'quiet-hours';
export type PauseDecision = { trigger: PauseTrigger; reflection: Reflection };

export type DecideInput = {
  draft: string;
  settings: PauseSettings;
  now: Date;
  /** Messages sent in this conversation a short while ago (for chasing replies). */
  recentSendsInThread: number;
};

/**
 * Whether to hold this send, decided synchronously from cached settings so a calm
 * draft reaches the site's own handler with no delay at all.
 */
export function decidePause({ draft, settings, now, recentSendsInThread }: DecideInput): PauseDecision | undefined {
  if (draft.trim() === '' || settings.pauseMode === 'off' || settings.snoozeUntil > now.getTime()) return undefined;
  const { profile, sensitivity, quietHours } = settings;
  const reflection = reflect(draft, { now, profile, sensitivity, quietHours, recentSendsInThread });
  if (reflection.quietHours) return { trigger: 'quiet-hours', reflection };
  if (settings.pauseMode === 'always') return { trigger: 'always', reflection };
  return reflection.pause ? { trigger: 'flagged', reflection } : undefined;
}

/** The analyzer builds its tables on first use; doing that while the page is idle keeps the first pause quick. */
export function warmUpDecisions(): void {
  reflect("Sorry, are you upset with me? I always get this wrong.", { now: new Date(), recentSendsInThread: 1 });
}
