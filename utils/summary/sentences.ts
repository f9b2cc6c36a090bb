import { tCount, t } from '../i18n';
import { isEmptyWeek, type WeekSummary } from './weekly';

const MAX_SENTENCES = 3;

/**
 * Two or three sentences about the week, in Steady's voice: evidence first (days
 * when connection felt safe, repairs, pauses that turned out fine), counts second.
 * Nothing is said about days without a moment, and an empty week gets a welcome.
 */
export function weekSentences(summary: WeekSummary, formatNumber: (value: number) => string): string[] {
  if (isEmptyWeek(summary)) return [t('summary_sentenceEmpty'), t('summary_sentenceEmptyInvite')];
  const sentences: string[] = [];
  if (summary.momentDays > 0) sentences.push(tCount('summary_sentenceDays', summary.momentDays));
  if (summary.rupturesRepaired > 0) sentences.push(tCount('summary_sentenceRepairs', summary.rupturesRepaired));
  if (summary.afterPauseMoments > 0) sentences.push(tCount('summary_sentenceAfterPause', summary.afterPauseMoments));
  else if (summary.choseToWait > 0) sentences.push(tCount('summary_sentenceWaited', summary.choseToWait));
  if (summary.ratings && summary.ratings.after > summary.ratings.before) {
    sentences.push(t('summary_sentenceCalmer', [formatNumber(summary.ratings.before), formatNumber(summary.ratings.after)]));
  } else if (summary.groundingSessions > 0) {
    sentences.push(tCount('summary_sentenceGrounding', summary.groundingSessions));
  }
  if (sentences.length < 2 && summary.pauses > 0) sentences.push(tCount('summary_sentencePauses', summary.pauses));
  return sentences.slice(0, MAX_SENTENCES);
}
