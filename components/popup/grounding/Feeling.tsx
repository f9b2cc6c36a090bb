import { useState } from 'preact/hooks';
import { t, keyFor } from '@/utils/i18n';
import type { ExerciseProps } from './Exercise';

export const FEELINGS = ['anxious', 'sad', 'angry', 'lonely', 'ashamed', 'overwhelmed', 'hurt', 'numb', 'tired', 'hopeful', 'calm', 'grateful'] as const;
const MAX_PICKS = 2;

/** Name the feeling: pick one or two words; naming it is the whole exercise. */
export function Feeling({ onComplete }: ExerciseProps) {
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (feeling: string) =>
    setPicked(picked.includes(feeling) ? picked.filter((entry) => entry !== feeling) : [...picked, feeling].slice(-MAX_PICKS));
  return (
    <div class="feelings">
      <p id="feeling-intro">{t('ground_feelingIntro')}</p>
      <div role="group" aria-labelledby="feeling-intro" class="choice-row">
        {FEELINGS.map((feeling) => (
          <button type="button" key={feeling} aria-pressed={picked.includes(feeling)} onClick={() => toggle(feeling)}>
            {t(keyFor('ground_feeling', feeling))}
          </button>
        ))}
      </div>
      <p aria-live="polite">
        {picked.length > 0 && t('ground_feelingEcho', picked.map((feeling) => t(keyFor('ground_feeling', feeling))).join(' · '))}
      </p>
      <button
        type="button"
        class="primary"
        disabled={picked.length === 0}
        onClick={() => onComplete({ exercise: 'name-the-feeling', completed: true, feelings: picked })}
      >
        {t('ground_finish')}
      </button>
    </div>
  );
}
