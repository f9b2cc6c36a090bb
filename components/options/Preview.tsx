import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { reflect, type Finding } from '@/utils/reflection';
import { HighlightedDraft } from '@/components/overlay/HighlightedDraft';
import { keyFor, t } from '@/utils/i18n';
import type { Settings } from '@/utils/storage';

/** One line a pattern: a pattern found twice has one note that already counts both. */
function firstOfEachPattern(findings: Finding[]): Finding[] {
  return findings.filter((finding, index) => findings.findIndex((other) => other.pattern === finding.pattern) === index);
}

/** What Steady would notice in a draft with the current settings. The text stays in this page. */
export function Preview({ settings }: { settings: Settings }) {
  const id = useId();
  const draft = useSignal('');
  const reflection = draft.value.trim()
    ? reflect(draft.value, { sensitivity: settings.sensitivity, profile: settings.profile, patternsOff: settings.patternsOff })
    : undefined;
  const verdict = !reflection
    ? t('options_previewEmpty')
    : settings.pauseMode === 'off'
      ? t('options_previewOff')
      : settings.pauseMode === 'always' || reflection.pause
        ? t('options_previewPause')
        : t('options_previewPass');
  return (
    <div class="preview">
      <label for={id}>{t('options_previewLabel')}</label>
      <textarea id={id} rows={3} value={draft.value} onInput={(event) => (draft.value = event.currentTarget.value)} />
      <div class="preview-result" aria-live="polite">
        <p>
          <strong>{verdict}</strong>
        </p>
        {reflection && reflection.findings.length > 0 && (
          <>
            <HighlightedDraft draft={draft.value} findings={reflection.findings} />
            <ul>
              {firstOfEachPattern(reflection.findings).map((finding) => (
                <li key={finding.pattern}>
                  <span class="tag">{t(keyFor('options_pattern', finding.pattern))}</span> {finding.note}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
