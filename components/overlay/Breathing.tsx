import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { pauseBreath } from '@/components/pacer/breath-patterns';
import { Pacer } from '@/components/pacer/Pacer';

/** The pause window's breath: the shared pacer, breathing in 4 and out 6 for the whole pause, then resting. */
export function Breathing({ seconds }: { seconds: number }) {
  const [startedAt] = useState(() => Date.now());
  const [pattern] = useState(() => pauseBreath(seconds));
  return (
    <div class="breath">
      <Pacer pattern={pattern} startedAt={startedAt} live={false} textId="steady-breath" doneText={t('overlay_ready')} />
    </div>
  );
}
