import type { PatternId } from '../storage/schemas';
import { keyFor, t } from '../i18n';

/** One warm question for the overlay, about the pattern noticed most. */
export function questionFor(pattern: PatternId): string {
  return t(keyFor('reflect_question', pattern));
}
