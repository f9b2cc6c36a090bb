import { useState } from 'preact/hooks';
import { keyFor, t } from '@/utils/i18n';
import { BREATH_PATTERNS, type BreathPattern } from '@/components/pacer/breath-patterns';
import { Pacer } from '@/components/pacer/Pacer';
import type { ExerciseProps } from './Exercise';

/** Paced breathing: choose a pattern, follow the shared pacer (or, with reduced motion, its countdown). */
export function Breathing({ onComplete, onChoose }: ExerciseProps) {
  const [pattern, setPattern] = useState<BreathPattern>(BREATH_PATTERNS[0]);
  const [startedAt, setStartedAt] = useState(() => Date.now());

  function choose(next: BreathPattern) {
    setPattern(next);
    onChoose(next.exercise);
    setStartedAt(Date.now());
  }

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
      <Pacer
        key={`${pattern.exercise}-${startedAt}`}
        pattern={pattern}
        startedAt={startedAt}
        showRound
        onDone={() => onComplete({ exercise: pattern.exercise, completed: true })}
      />
    </div>
  );
}
