import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { formatBytes } from './format';

type UsageArea = { getBytesInUse?: (keys: null) => Promise<number> };

/** How much Steady keeps on this device, where the browser can say. Refreshes when `version` changes. */
export function StorageUsage({ version }: { version: number }) {
  const bytes = useSignal<number | undefined>(undefined);
  useEffect(() => {
    const area = browser.storage.local as unknown as UsageArea;
    if (typeof area.getBytesInUse !== 'function') return;
    void area.getBytesInUse(null).then(
      (used) => (bytes.value = used),
      () => undefined,
    );
  }, [version]);
  if (bytes.value === undefined) return null;
  return <p class="usage">{t('data_usage', formatBytes(bytes.value))}</p>;
}
