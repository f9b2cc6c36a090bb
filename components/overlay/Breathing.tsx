import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';

/** One breath cycle of the animation, in seconds (in 4, out 6). */
const CYCLE_SECONDS = 10;

/** A paced-breathing circle that runs for about `seconds`, then rests. */
export function Breathing({ seconds }: { seconds: number }) {
  const [done, setDone] = useState(false);
  const cycles = Math.max(1, Math.round(seconds / CYCLE_SECONDS));
  return (
    <div class="breath">
      <div
        class="circle"
        aria-hidden="true"
        style={{ animationDuration: `${seconds / cycles}s`, animationIterationCount: cycles }}
        onAnimationEnd={() => setDone(true)}
      />
      <p id="steady-breath">{done ? t('overlay_ready') : t('overlay_breathe')}</p>
    </div>
  );
}
