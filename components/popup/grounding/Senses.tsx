import { useEffect, useRef, useState } from 'preact/hooks';
import { t, keyFor } from '@/utils/i18n';
import type { ExerciseProps } from './Exercise';

const SENSES = ['see', 'touch', 'hear', 'smell', 'taste'] as const;

/** 5-4-3-2-1: one sense at a time, at the person's own pace. Nothing they notice is written down. */
export function Senses({ onComplete }: ExerciseProps) {
  const [index, setIndex] = useState(0);
  const prompt = useRef<HTMLParagraphElement>(null);
  useEffect(() => prompt.current?.focus(), [index]);
  const last = index === SENSES.length - 1;
  return (
    <div class="senses">
      <p class="muted">{t('ground_sensesProgress', [index + 1, SENSES.length])}</p>
      <p class="big-prompt" tabIndex={-1} ref={prompt}>
        {t(keyFor('ground_senses', SENSES[index]))}
      </p>
      <button type="button" class="primary" onClick={() => (last ? onComplete({ exercise: 'senses-54321', completed: true }) : setIndex(index + 1))}>
        {t(last ? 'ground_finish' : 'ground_next')}
      </button>
    </div>
  );
}
