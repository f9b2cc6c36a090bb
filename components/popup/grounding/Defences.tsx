import { useState } from 'preact/hooks';
import { t, keyFor } from '@/utils/i18n';
import { send } from '../send';
import type { PatternId } from '@/utils/storage';
import type { ExerciseProps } from './Exercise';

/** The five attachment defences, each with the draft pattern that tends to go with it. */
export const DEFENCES: ReadonlyArray<{ id: string; pattern: PatternId }> = [
  { id: 'testing', pattern: 'testing' },
  { id: 'hiding', pattern: 'self-silencing' },
  { id: 'apologising', pattern: 'over-apology' },
  { id: 'withdrawing', pattern: 'withdrawal' },
  { id: 'worrying', pattern: 'catastrophizing' },
];

/** The defences check-in: which showed up today; optionally ask Steady to watch for them in drafts. */
export function Defences({ onComplete }: ExerciseProps) {
  const [chosen, setChosen] = useState<PatternId[]>([]);
  const [watch, setWatch] = useState(false);

  async function finish() {
    if (watch && chosen.length > 0) await send('page:update-settings', { add: { profile: chosen } });
    onComplete({ exercise: 'defences-check-in', completed: true, defences: chosen });
  }

  return (
    <form
      class="defences"
      onSubmit={(event) => {
        event.preventDefault();
        void finish();
      }}
    >
      <fieldset>
        <legend>{t('ground_defencesIntro')}</legend>
        {DEFENCES.map((defence) => (
          <label class="check" key={defence.id}>
            <input
              type="checkbox"
              checked={chosen.includes(defence.pattern)}
              onChange={(event) => setChosen(event.currentTarget.checked ? [...chosen, defence.pattern] : chosen.filter((entry) => entry !== defence.pattern))}
            />
            {t(keyFor('ground_defence', defence.id))}
          </label>
        ))}
      </fieldset>
      <p class="muted">{t('ground_defencesKind')}</p>
      <label class="check">
        <input type="checkbox" checked={watch} disabled={chosen.length === 0} onChange={(event) => setWatch(event.currentTarget.checked)} />
        {t('ground_defencesWatch')}
      </label>
      <button type="submit" class="primary">
        {t('ground_finish')}
      </button>
    </form>
  );
}
