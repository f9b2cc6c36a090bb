import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { newId } from '@/utils/ids';
import type { GroundingSession } from '@/utils/storage';
import { Rating } from '../Rating';
import { saveRecords } from '../records';

export type ExerciseResult = Pick<GroundingSession, 'exercise' | 'completed' | 'feelings' | 'defences'>;
export type ExerciseProps = {
  onComplete: (result: ExerciseResult) => void;
  /** Breathing says which pattern is running, so stopping early records the right one. */
  onChoose: (exercise: GroundingSession['exercise']) => void;
};

/**
 * The frame every grounding exercise shares: an optional calm rating before, the
 * exercise, an optional rating after, and one GroundingSession saved at the end.
 */
export function Exercise({
  title,
  body: Body,
  exercise,
  onClose,
}: {
  title: string;
  body: ComponentType<ExerciseProps>;
  exercise: GroundingSession['exercise'];
  onClose: () => void;
}) {
  const [startedAt] = useState(() => Date.now());
  const [running, setRunning] = useState(exercise);
  const [before, setBefore] = useState<number>();
  const [after, setAfter] = useState<number>();
  const [result, setResult] = useState<ExerciseResult & { durationMs: number }>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [result === undefined]);

  const finish = (outcome: ExerciseResult) => setResult((done) => done ?? { ...outcome, durationMs: Date.now() - startedAt });

  async function save() {
    if (!result) return;
    const session: GroundingSession = {
      type: 'grounding',
      id: newId(),
      at: startedAt,
      ...result,
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
    };
    // Said on Home beside the exercises, where the person lands; focus goes with it.
    if (await saveRecords([session], t('ground_saved'), { view: 'home', place: 'grounding', focus: true })) onClose();
  }

  return (
    <section class="exercise" aria-labelledby="exercise-title">
      <h2 id="exercise-title" tabIndex={-1} ref={heading}>
        {result ? t('ground_doneHeading') : title}
      </h2>
      {!result && (
        <>
          <Rating legend={t('ground_beforeLegend')} name="before" value={before} onChange={setBefore} low={t('ground_calmLow')} high={t('ground_calmHigh')} />
          <Body onComplete={finish} onChoose={setRunning} />
          <button type="button" class="quiet" onClick={() => finish({ exercise: running, completed: false })}>
            {t('ground_stop')}
          </button>
        </>
      )}
      {result && (
        <>
          <p>{t(result.completed ? 'ground_doneBody' : 'ground_stoppedBody')}</p>
          <Rating legend={t('ground_afterLegend')} name="after" value={after} onChange={setAfter} low={t('ground_calmLow')} high={t('ground_calmHigh')} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => void save()}>
              {t('ground_save')}
            </button>
            <button type="button" onClick={onClose}>
              {t('ground_discard')}
            </button>
          </div>
        </>
      )}
      <p class="muted small">{t('ground_notTherapy')}</p>
    </section>
  );
}
