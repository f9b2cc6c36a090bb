import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, keyFor } from '@/utils/i18n';
import type { ExerciseProps } from './Exercise';

export const FEELINGS = ['anxious', 'sad', 'angry', 'lonely', 'ashamed', 'overwhelmed', 'hurt', 'numb', 'tired', 'hopeful', 'calm', 'grateful'] as const;
export const MAX_PICKS = 2;

/** Picks or unpicks a feeling; a third is not taken (nothing the person chose is dropped), and `full` says so. */
export function toggleFeeling(picked: string[], feeling: string): { picked: string[]; full: boolean } {
  if (picked.includes(feeling)) return { picked: picked.filter((entry) => entry !== feeling), full: false };
  if (picked.length >= MAX_PICKS) return { picked, full: true };
  return { picked: [...picked, feeling], full: false };
}

/** "It makes sense to feel hurt and lonely.": the words in a sentence, joined the locale's way. */
export function feelingEcho(labels: string[], locale: string): string {
  const words = labels.map((label) => label.toLocaleLowerCase(locale));
  return t('ground_feelingEcho', new Intl.ListFormat(locale, { type: 'conjunction' }).format(words));
}

/** Name the feeling: pick one or two words; naming it is the whole exercise. */
export function Feeling({ onComplete }: ExerciseProps) {
  const [picked, setPicked] = useState<string[]>([]);
  const [full, setFull] = useState(false);
  const label = (feeling: string) => t(keyFor('ground_feeling', feeling));
  function toggle(feeling: string) {
    const next = toggleFeeling(picked, feeling);
    setPicked(next.picked);
    setFull(next.full);
  }
  return (
    <div class="feelings">
      <p id="feeling-intro">{t('ground_feelingIntro')}</p>
      <div role="group" aria-labelledby="feeling-intro" class="choice-row">
        {FEELINGS.map((feeling) => (
          <button type="button" key={feeling} aria-pressed={picked.includes(feeling)} onClick={() => toggle(feeling)}>
            {label(feeling)}
          </button>
        ))}
      </div>
      <p aria-live="polite">{full ? t('ground_feelingFull') : picked.length > 0 && feelingEcho(picked.map(label), browser.i18n.getUILanguage())}</p>
      <button
        type="button"
        class="primary"
        disabled={picked.length === 0}
        onClick={() => onComplete({ exercise: 'name-the-feeling', completed: true, feelings: picked })}
      >
        {t('ground_finish')}
      </button>
    </div>
  );
}
