import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { matchPatternFor } from '@/utils/background/added-sites';
import { t } from '@/utils/i18n';
import { Notice, type Note } from './fields';
import { settings } from './settings-store';
import { originFromInput } from './site-address';

/** Sites the person adds themselves: each needs their permission, asked for at the moment they add it. */
export function AddedSites() {
  const id = useId();
  const address = useSignal('');
  const status = useSignal<Note>(undefined);
  const added = settings.value?.addedSites ?? [];

  function add(event: Event) {
    event.preventDefault();
    const origin = originFromInput(address.value);
    if (!origin) {
      status.value = { kind: 'error', text: t('options_addSiteInvalid') };
      return;
    }
    // The permission prompt must open within the click, before anything is awaited.
    void browser.permissions
      .request({ origins: [matchPatternFor(origin)] })
      .then(async (granted) => {
        if (!granted) {
          status.value = { kind: 'error', text: t('options_addSiteDenied', origin) };
          return;
        }
        await sendMessage('page:add-site', { origin });
        address.value = '';
        status.value = { kind: 'ok', text: t('options_addSiteDone', origin) };
      })
      .catch(() => (status.value = { kind: 'error', text: t('options_addSiteFailed', origin) }));
  }

  async function remove(origin: string) {
    try {
      await sendMessage('page:remove-site', { origin });
      status.value = { kind: 'ok', text: t('options_removeSiteDone', origin) };
    } catch {
      status.value = { kind: 'error', text: t('options_addSiteFailed', origin) };
    }
  }

  return (
    <div class="added-sites">
      <form class="inline" onSubmit={add}>
        <label for={id}>{t('options_addSiteLabel')}</label>
        <input
          id={id}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="chat.example.org"
          value={address.value}
          aria-describedby={`${id}-hint`}
          onInput={(event) => (address.value = event.currentTarget.value)}
        />
        <button type="submit">{t('options_addSiteButton')}</button>
        <p id={`${id}-hint`} class="hint muted">
          {t('options_addSiteHint')}
        </p>
      </form>
      {added.length > 0 && (
        <ul class="site-list" aria-label={t('options_addedSitesLabel')}>
          {added.map((origin) => (
            <li key={origin}>
              <span>{origin}</span>
              <button type="button" aria-label={t('options_removeSiteLabel', origin)} onClick={() => void remove(origin)}>
                {t('options_removeSiteButton')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Notice note={status.value} />
    </div>
  );
}
