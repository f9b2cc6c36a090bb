import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t, keyFor } from '@/utils/i18n';
import { go, type View } from './views';
import { StatusLine } from './StatusLine';
import { status } from './status';

/** The exercise last opened from here, so focus can return to its button when the person comes back. */
const opened = signal<View | undefined>(undefined);

const EXERCISES: Array<{ view: View; name: string }> = [
  { view: 'breathe', name: 'breathe' },
  { view: 'senses', name: 'senses' },
  { view: 'feeling', name: 'feeling' },
  { view: 'defences', name: 'defences' },
];

/** The grounding exercises, each one click away, with the reminder that Steady is not therapy. */
export function Grounding() {
  const grid = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const back = opened.value;
    opened.value = undefined;
    // A saved session's confirmation takes focus itself; otherwise focus goes back to the exercise's button.
    if (back && !(status.value.message && status.value.focus)) grid.current?.querySelector<HTMLButtonElement>(`[data-view="${back}"]`)?.focus();
  }, []);
  return (
    <section aria-labelledby="grounding-title" class="card">
      <h2 id="grounding-title">{t('ground_heading')}</h2>
      <div class="kind-grid" ref={grid}>
        {EXERCISES.map((exercise) => (
          <button
            type="button"
            key={exercise.view}
            data-view={exercise.view}
            onClick={() => {
              opened.value = exercise.view;
              go(exercise.view);
            }}
          >
            {t(keyFor('ground_start', exercise.name))}
          </button>
        ))}
      </div>
      <StatusLine place="grounding" />
      <p class="muted small">{t('ground_notTherapy')}</p>
    </section>
  );
}
