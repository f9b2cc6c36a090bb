import type { Finding } from '@/utils/reflection';
import { t } from '@/utils/i18n';

type Segment = { text: string; marked: boolean };

/** Splits the draft into plain and noticed stretches (overlapping findings merge). */
export function segmentsOf(draft: string, findings: readonly Pick<Finding, 'start' | 'end'>[]): Segment[] {
  const ranges = findings
    .map(({ start, end }) => [Math.max(0, start), Math.min(draft.length, end)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: draft.slice(cursor, from), marked: false });
    segments.push({ text: draft.slice(from, end), marked: true });
    cursor = end;
  }
  if (cursor < draft.length) segments.push({ text: draft.slice(cursor), marked: false });
  return segments;
}

/** A read-only copy of the draft with the noticed words marked (text nodes only). */
export function HighlightedDraft({ draft, findings }: { draft: string; findings: readonly Finding[] }) {
  return (
    <div class="draft" role="group" aria-label={t('overlay_draftLabel')}>
      {segmentsOf(draft, findings).map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </div>
  );
}
