import type { PatternId } from '../storage/schemas';
import type { Span } from './lexicon';
import type { Prepared } from './prepare';

export type DetectContext = { recentSendsInThread: number };

/** What one pattern noticed: the words to highlight, how strongly (0..1), how often, and (where a pattern has several) which kind of thing, so its note says what is there. */
export type Detection = { spans: Span[]; strength: number; count: number; kind?: string };

/** The one shape every pattern module has. */
export type PatternModule = {
  id: PatternId;
  detect(prepared: Prepared, context: DetectContext): Detection | undefined;
  /** A warm, specific line for the overlay (from the locale files). */
  note(detection: Detection, context: DetectContext): string;
};
