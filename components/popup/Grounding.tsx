import { t, keyFor } from '@/utils/i18n';
import { go, type View } from './views';

const EXERCISES: Array<{ view: View; name: string }> = [
  { view: 'breathe', name: 'breathe' },
  { view: 'senses', name: 'senses' },
  { view: 'feeling', name: 'feeling' },
  { view: 'defences', name: 'defences' },
];

/** The grounding exercises, each one click away, with the reminder that Steady is not therapy. */
export function Grounding() {
  return (
    <section aria-labelledby="grounding-title" class="card">
      <h2 id="grounding-title">{t('ground_heading')}</h2>
      <div class="kind-grid">
        {EXERCISES.map((exercise) => (
          <button type="button" key={exercise.view} onClick={() => go(exercise.view)}>
            {t(keyFor('ground_start', exercise.name))}
          </button>
        ))}
      </div>
      <p class="muted small">{t('ground_notTherapy')}</p>
    </section>
  );
}
