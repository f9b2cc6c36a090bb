import { t, tCount } from '@/utils/i18n';
import { go, view, type View } from './views';

/** The popup's four places; exercises open from Home. */
export function Nav({ drafts }: { drafts: number }) {
  const items: Array<{ target: View; label: string }> = [
    { target: 'home', label: t('popup_navHome') },
    { target: 'history', label: t('popup_navHistory') },
    { target: 'summary', label: t('popup_navWeek') },
    { target: 'drafts', label: drafts > 0 ? tCount('popup_navDraftsCount', drafts) : t('popup_navDrafts') },
  ];
  return (
    <nav aria-label={t('popup_navLabel')}>
      {items.map((item) => (
        <button type="button" key={item.target} aria-current={view.value === item.target ? 'page' : undefined} onClick={() => go(item.target)}>
          {item.label}
        </button>
      ))}
    </nav>
  );
}
