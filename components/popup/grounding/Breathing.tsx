import { useEffect, useState } from 'preact/hooks';
import { keyFor, t } from '@/utils/i18n';
import { BREATH_PATTERNS, phaseAt, type BreathPattern } from './breath-patterns';
import { useReducedMotion } from './useReducedMotion';
import type { ExerciseProps } from './Exercise';

const TICK_MS = 250;

/** Paced breathing: choose a pattern, follow the circle (or, with reduced motion, a calm countdown). */
export function Breathing({ onComplete, onChoose }: ExerciseProps) {
  const [pattern, setPattern] = useState<BreathPattern>(BREATH_PATTERNS[0]);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);
  const reduced = useReducedMotion();
  const current = phaseAt(pattern, now - startedAt);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [startedAt]);
  useEffect(() => {
    if (!current) onComplete({ exercise: pattern.exercise, completed: true });
  }, [current === undefined]);

  function choose(next: BreathPattern) {
    setPattern(next);
    onChoose(next.exercise);
    const restart = Date.now();
    setStartedAt(restart);
    setNow(restart);
  }

  const step = current?.phase.step ?? 'out';
  const index = current ? pattern.phases.indexOf(current.phase) : -1;
  // A hold keeps the size the breath before it left: full after breathing in, small after breathing out.
  const size = step === 'hold' ? (pattern.phases[index - 1]?.step === 'out' ? 'small' : 'full') : step === 'out' ? 'small' : step === 'in' ? 'full' : 'fuller';
  return (
    <div class="breathing">
      <div role="group" aria-label={t('ground_breathPatternLabel')} class="choice-row">
        {BREATH_PATTERNS.map((option) => (
          <button type="button" key={option.exercise} aria-pressed={option === pattern} onClick={() => choose(option)}>
            {t(keyFor('ground_name', option.exercise))}
          </button>
        ))}
      </div>
      <p class="muted">{t(keyFor('ground_how', pattern.exercise))}</p>
      {!reduced && (
        <div class="pacer" aria-hidden="true">
          <div
            class={`pacer-circle pacer-${size}`}
            style={{ transitionDuration: `${current?.phase.ms ?? 0}ms` }}
          />
        </div>
      )}
      <p class="pacer-step" aria-live="polite">{t(keyFor('ground_step', step))}</p>
      {reduced && current && <p class="pacer-count" aria-hidden="true">{current.secondsLeft}</p>}
      {current && <p class="muted">{t('ground_round', [current.round, pattern.rounds])}</p>}
    </div>
  );
}
