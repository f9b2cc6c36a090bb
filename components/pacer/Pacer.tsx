import { useEffect, useState } from 'preact/hooks';
import { keyFor, t } from '@/utils/i18n';
import { phaseAt, type BreathPattern } from './breath-patterns';
import { useReducedMotion } from './useReducedMotion';

const TICK_MS = 250;

/**
 * The one breathing pacer, in the popup and the pause window alike: a circle that grows and
 * shrinks with each phase for every round, its words always naming the phase it shows; with
 * reduced motion, a still circle and a countdown of the phase's seconds. `onDone` once all rounds end.
 */
export function Pacer({
  pattern,
  startedAt,
  onDone,
  live = true,
  textId,
  doneText,
  showRound,
}: {
  pattern: BreathPattern;
  startedAt: number;
  onDone?: () => void;
  /** Announce each phase politely (the popup's exercise); the pause window reads its text once. */
  live?: boolean;
  textId?: string;
  /** What the words say once the rounds are over. */
  doneText?: string;
  /** Say which round of how many is running (the popup's exercise). */
  showRound?: boolean;
}) {
  const [now, setNow] = useState(() => Date.now());
  const reduced = useReducedMotion();
  const current = phaseAt(pattern, now - startedAt);
  const done = current === undefined;

  useEffect(() => {
    setNow(Date.now());
    if (done) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [startedAt, pattern, done]);
  useEffect(() => {
    if (done) onDone?.();
  }, [done]);

  const step = current?.phase.step ?? 'out';
  const index = current ? pattern.phases.indexOf(current.phase) : -1;
  // A hold keeps the size the breath before it left: full after breathing in, small after breathing out.
  const held = pattern.phases[index - 1]?.step ?? pattern.phases.at(-1)?.step;
  const size = step === 'hold' ? (held === 'out' ? 'small' : 'full') : step === 'out' ? 'small' : step === 'in' ? 'full' : 'fuller';
  return (
    <div class={reduced ? 'pacer pacer-still' : 'pacer'}>
      <div class="pacer-stage" aria-hidden="true">
        <div class={`pacer-circle pacer-${reduced ? 'still' : size}`} style={{ transitionDuration: `${current?.phase.ms ?? 0}ms` }} />
      </div>
      {reduced && current && (
        <p class="pacer-count" aria-hidden="true">
          {current.secondsLeft}
        </p>
      )}
      <p class="pacer-step" id={textId} aria-live={live ? 'polite' : undefined}>
        {done && doneText ? doneText : t(keyFor('ground_step', step))}
      </p>
      {showRound && current && <p class="muted">{t('ground_round', [current.round, pattern.rounds])}</p>}
    </div>
  );
}
