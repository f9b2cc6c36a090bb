import { t } from '@/utils/i18n';
import { Exercise } from './Exercise';
import { Breathing } from './Breathing';
import { Senses } from './Senses';
import { Feeling } from './Feeling';
import { Defences } from './Defences';

export type ExerciseView = 'breathe' | 'senses' | 'feeling' | 'defences';

/** The grounding exercises Home starts, one at a time. */
export function Exercises({ exercise, onClose }: { exercise: ExerciseView; onClose: () => void }) {
  switch (exercise) {
    case 'breathe':
      return <Exercise key="breathe" title={t('ground_start_breathe')} exercise="breathing-box" body={Breathing} onClose={onClose} />;
    case 'senses':
      return <Exercise key="senses" title={t('ground_start_senses')} exercise="senses-54321" body={Senses} onClose={onClose} />;
    case 'feeling':
      return <Exercise key="feeling" title={t('ground_start_feeling')} exercise="name-the-feeling" body={Feeling} onClose={onClose} />;
    case 'defences':
      return <Exercise key="defences" title={t('ground_start_defences')} exercise="defences-check-in" body={Defences} onClose={onClose} />;
  }
}
