import { t } from '@/utils/i18n';
import type { ResponseOf } from '@/utils/messaging';
import { countMessage } from './format';

type Preview = ResponseOf<'page:import-preview'>;

/** One unreadable entry in plain words: "entry 4 (a moment)", "the settings". */
function entryWords(entry: Preview['unreadable'][number]): string {
  if (entry.part === 'settings') return t('data_unreadableSettings');
  const kind = entry.part === 'draft' ? 'draft' : entry.type;
  return kind ? t('data_unreadableEntryKind', [entry.entry, t(`data_kind_${kind}`)]) : t('data_unreadableEntry', entry.entry);
}

/** What an import would do, in a few plain sentences: what it adds, what is already here, what it leaves out. */
export function previewSentences(preview: Preview): string[] {
  const adds = (
    [
      ['data_count_moment', preview.moments],
      ['data_count_pause', preview.pauses],
      ['data_count_grounding', preview.grounding],
      ['data_count_rupture', preview.ruptures],
      ['data_count_draft', preview.drafts],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([key, count]) => countMessage(key, count));
  const sentences = [adds.length > 0 ? t('data_previewAdds', adds.join(', ')) : t('data_previewNothingNew')];
  if (preview.skipped > 0) sentences.push(countMessage('data_skipped', preview.skipped));
  if (preview.unreadableCount > 0) {
    const listed = preview.unreadable.map(entryWords).join('; ');
    const more = preview.unreadableCount > preview.unreadable.length ? ` ${t('data_unreadableMore')}` : '';
    sentences.push(`${countMessage('data_previewUnreadable', preview.unreadableCount)} ${listed}.${more}`);
  }
  return sentences;
}
