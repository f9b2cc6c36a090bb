import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t, tCount } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { readLearnedLines, watchLearningResets } from '@/utils/storage/learning';
import { watchSettings } from '@/utils/storage';
import { createJournalSource } from '@/utils/models/journal-source';
import type { LearnedLine } from '@/utils/learning/calibration';
import { patternLabel, siteLabel } from '@/components/popup/format';
import { Notice, type Note } from './fields';

/** A line worth showing: the person said something, or Steady changed how it pauses. */
const worthShowing = (line: LearnedLine) => line.notNeeded + line.helped > 0 || line.waitsFor !== undefined;

/** What the person said and did after these pauses, in sentences, leaving out what never happened. */
function whatHappened(line: LearnedLine): string[] {
  return [
    line.notNeeded > 0 ? tCount('options_learnedNotNeeded', line.notNeeded) : '',
    line.helped > 0 ? tCount('options_learnedHelped', line.helped) : '',
    line.sentUnchanged > 0 ? tCount('options_learnedSent', line.sentUnchanged) : '',
    line.edited > 0 ? tCount('options_learnedEdited', line.edited) : '',
  ].filter(Boolean);
}

/**
 * "What Steady has learned": per pattern and site, what the person said and did after pauses,
 * and whether Steady now waits for stronger signs there, each with a reset, and one for all.
 * Read again whenever the journal, the resets or the settings change.
 */
export function Learned() {
  const lines = useSignal<LearnedLine[] | undefined>(undefined);
  const note = useSignal<Note>(undefined);
  useEffect(() => {
    const load = () =>
      void readLearnedLines().then(
        (learned) => (lines.value = learned.filter(worthShowing)),
        () => (lines.value = []),
      );
    load();
    // What it learns from: the pauses, the resets and the sensitivity.
    const journal = createJournalSource();
    journal.subscribe(load);
    const stopResets = watchLearningResets(load);
    const stopSettings = watchSettings(load);
    return () => {
      journal.stop();
      stopResets();
      stopSettings();
    };
  }, []);

  async function reset(line?: LearnedLine) {
    try {
      await sendMessage('page:reset-learning', line ? { line: line.key, at: Date.now() } : { at: Date.now() });
      note.value = { kind: 'ok', text: t(line ? 'options_learnedResetDone' : 'options_learnedResetAllDone') };
      // The button may be gone with its line: the section's heading keeps the keyboard's place.
      const heading = document.getElementById('learned');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    } catch {
      note.value = { kind: 'error', text: t('popup_saveFailed') };
    }
  }

  if (!lines.value) return null;
  return (
    <>
      {lines.value.length === 0 ? (
        <p>{t('options_learnedEmpty')}</p>
      ) : (
        <ul class="learned">
          {lines.value.map((line) => {
            const title = t('options_learnedLineTitle', [patternLabel(line.pattern), siteLabel(line.site)]);
            return (
              <li key={line.key}>
                <h3>{title}</h3>
                {whatHappened(line).map((sentence) => (
                  <p key={sentence}>{sentence}</p>
                ))}
                <p>{t(line.waitsFor === undefined ? 'options_learnedAsBefore' : 'options_learnedWaits')}</p>
                <button type="button" aria-label={t('options_learnedResetLabel', title)} onClick={() => void reset(line)}>
                  {t('options_learnedReset')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {lines.value.length > 0 && (
        <div class="actions">
          <button type="button" onClick={() => void reset()}>
            {t('options_learnedResetAll')}
          </button>
        </div>
      )}
      <Notice note={note.value} />
    </>
  );
}
