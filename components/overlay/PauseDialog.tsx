import { useState } from 'preact/hooks';
import type { PatternId } from '@/utils/storage/schemas';
import type { Reflection } from '@/utils/reflection';
import { questionFor } from '@/utils/reflection/questions';
import type { PauseTrigger } from '@/utils/pause/decide';
import type { ContentConfig } from '@/utils/messaging';
import { t, tCount } from '@/utils/i18n';
import { Breathing } from './Breathing';
import { HighlightedDraft } from './HighlightedDraft';
import { NeedHelper } from './NeedHelper';

/** `breathe`: back to the draft, and a longer breathing exercise in Steady's popup. */
export type PauseChoice = 'send' | 'edit' | 'save' | 'breathe';

export type PauseDialogProps = {
  draft: string;
  reflection: Reflection;
  trigger: PauseTrigger;
  pauseSeconds: number;
  /** True while a minimum wait the person chose keeps Send anyway resting. */
  waiting: boolean;
  reminders: boolean;
  /** The person's own evidence, counts only (see `evidenceFrom`). */
  evidence: ContentConfig['evidence'];
  /** `event`: the person's click, so the overlay can check they could see what they clicked. */
  onChoice: (choice: PauseChoice, remindInMinutes?: number, event?: MouseEvent) => void;
};

/** Patterns of fear, where a reminder of the person's own evidence helps more than a question alone. */
const EVIDENCE_PATTERNS = new Set<PatternId>(['testing', 'reassurance-seeking', 'catastrophizing']);
const REMINDERS = [
  { minutes: 0, key: 'overlay_remind_never' },
  { minutes: 60, key: 'overlay_remind_hour' },
  { minutes: 60 * 24, key: 'overlay_remind_tomorrow' },
] as const;

/** The pattern noticed most often (first seen wins a tie). */
export function mainPattern(reflection: Pick<Reflection, 'findings'>): PatternId | undefined {
  const counts = new Map<PatternId, number>();
  for (const { pattern } of reflection.findings) counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  let best: PatternId | undefined;
  for (const [pattern, count] of counts) if (best === undefined || count > counts.get(best)!) best = pattern;
  return best;
}

/** The pause itself: a breath, what was noticed, one question, and the person's choice. */
export function PauseDialog(props: PauseDialogProps) {
  const { draft, reflection, trigger } = props;
  const [remindIn, setRemindIn] = useState(0);
  const main = mainPattern(reflection);
  const notes = [...new Set(reflection.findings.map((finding) => finding.note))];
  const choose = (choice: PauseChoice) => (event: MouseEvent) => {
    if (event.isTrusted) props.onChoice(choice, choice === 'save' && remindIn > 0 ? remindIn : undefined, event);
  };
  return (
    <div class="backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="steady-title" aria-describedby="steady-breath" tabIndex={-1}>
        <h2 id="steady-title">{t('overlay_title')}</h2>
        <Breathing seconds={props.pauseSeconds} />
        {trigger === 'quiet-hours' && <p>{t('overlay_reason_quiet_hours')}</p>}
        {trigger === 'always' && notes.length === 0 && <p>{t('overlay_reason_always')}</p>}
        {notes.length > 0 && (
          <>
            <h3>{t('overlay_noticed')}</h3>
            <ul>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
            <HighlightedDraft draft={draft} findings={reflection.findings} />
          </>
        )}
        {main && <p class="question">{questionFor(main)}</p>}
        {main && EVIDENCE_PATTERNS.has(main) && <Evidence {...props.evidence} />}
        <NeedHelper />
        <button type="button" class="link" onClick={choose('breathe')}>
          {t('overlay_breatheLonger')}
        </button>
        {props.waiting && <p class="muted">{t('overlay_waiting')}</p>}
        <div class="actions">
          <button type="button" class="primary" onClick={choose('edit')}>
            {t('overlay_edit')}
          </button>
          <button type="button" onClick={choose('save')}>
            {t('overlay_save')}
          </button>
          <button type="button" disabled={props.waiting} onClick={choose('send')}>
            {t('overlay_send')}
          </button>
        </div>
        {props.reminders && (
          <div class="reminder">
            <label for="steady-remind">{t('overlay_remind')}</label>
            <select id="steady-remind" value={remindIn} onChange={(event) => setRemindIn(Number(event.currentTarget.value))}>
              {REMINDERS.map(({ minutes, key }) => (
                <option key={key} value={minutes}>
                  {t(key)}
                </option>
              ))}
            </select>
          </div>
        )}
        <p class="muted">{t('overlay_escape')}</p>
      </div>
    </div>
  );
}

/** What the person's own records show, said only when there is something to say, and never as a score. */
function Evidence({ reachingOutThisMonth, waited, waitedWentFine, repairsThisMonth }: ContentConfig['evidence']) {
  const lines = [
    waitedWentFine > 0 && tCount('overlay_evidenceWaited', waited, [waitedWentFine, waited]),
    repairsThisMonth > 0 && tCount('overlay_evidenceRepairs', repairsThisMonth),
    reachingOutThisMonth > 0 && tCount('overlay_evidence', reachingOutThisMonth),
  ].filter((line): line is string => Boolean(line));
  if (lines.length === 0) return null;
  return (
    <ul class="evidence muted" aria-label={t('overlay_evidenceLabel')}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
