import { readRange, readSettings, type JournalRecord, type Settings } from '../storage';
import { readLearnedLines } from '../storage/learning';
import { LEARNED_LINES_LIMIT, LEARNING_WINDOW_MS } from '../learning/calibration';
import { ContentConfig } from '../messaging';

/** Moment kinds that are evidence that reaching out can go fine. */
const REACHING_OUT = new Set(['asked-for-help', 'honest-check-in', 'shared-something-real', 'asked-for-space', 'felt-understood']);
/** How many of the person's latest waits the overlay speaks of, and how far back it looks for them. */
const LAST_WAITS = 10;
const WAITS_WITHIN_MS = 60 * 86_400_000;

/** The person's own evidence, as counts: this month's moments and repairs, and how their last waits went. */
export function evidenceFrom(records: JournalRecord[], monthStart: number): ContentConfig['evidence'] {
  const moments = records.filter((record) => record.type === 'moment');
  const thisMonth = moments.filter((moment) => moment.at >= monthStart);
  // A follow-up answered "It went well" or "Nothing bad happened" is a moment that names its pause.
  const wentFine = new Set(moments.flatMap((moment) => (moment.pauseId ? [moment.pauseId] : [])));
  const waits = records
    .filter((record) => record.type === 'pause' && (record.outcome === 'kept-editing' || record.outcome === 'saved-for-later'))
    .sort((a, b) => b.at - a.at)
    .slice(0, LAST_WAITS);
  return {
    momentsThisMonth: thisMonth.length,
    reachingOutThisMonth: thisMonth.filter((moment) => REACHING_OUT.has(moment.kind)).length,
    waited: waits.length,
    waitedWentFine: waits.filter((pause) => wentFine.has(pause.id)).length,
    repairsThisMonth: records.filter((record) => record.type === 'rupture' && record.repairedAt !== undefined && record.repairedAt >= monthStart).length,
  };
}

/** The settings a content script is given: the ones the protocol's content configuration names, and no others. */
export function contentSettingsOf(settings: Settings): ContentConfig['settings'] {
  const fields = Object.keys(ContentConfig.shape.settings.shape) as Array<keyof ContentConfig['settings']>;
  return Object.fromEntries(fields.map((field) => [field, settings[field]])) as ContentConfig['settings'];
}

export async function getConfig(now = Date.now()): Promise<ContentConfig> {
  const settings = await readSettings();
  const monthStart = new Date(now);
  monthStart.setDate(1);
  monthStart.setHours(0, 0, 0, 0);
  // One read serves the month's evidence, the last waits and what was learned.
  const records = await readRange(Math.min(monthStart.getTime(), now - WAITS_WITHIN_MS, now - LEARNING_WINDOW_MS), now);
  const learned = (await readLearnedLines(now, { sensitivity: settings.sensitivity, records })).flatMap(({ site, pattern, waitsFor }) =>
    waitsFor === undefined ? [] : [{ site, pattern, waitsFor }],
  );
  return {
    settings: contentSettingsOf(settings),
    evidence: evidenceFrom(records, monthStart.getTime()),
    learned: learned.slice(0, LEARNED_LINES_LIMIT),
  };
}
