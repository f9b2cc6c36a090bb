import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { takePopupStart } from '@/utils/storage/popup-start';
import type { PopupModels } from '@/components/popup/models';
import { Nav } from '@/components/popup/Nav';
import { Home } from '@/components/popup/Home';
import { lazyView } from '@/components/lazy-view';
import { followHash, go, view } from '@/components/popup/views';
import { StatusLine } from '@/components/popup/StatusLine';
import '@/components/popup/popup.css';

// Home paints first; every other view's code loads after that, or when it is opened.
const HistoryView = lazyView(() => import('@/components/popup/History').then((module) => module.HistoryView));
const WeekView = lazyView(() => import('@/components/popup/Summary').then((module) => module.WeekView));
const Drafts = lazyView(() => import('@/components/popup/Drafts').then((module) => module.Drafts));
const Exercises = lazyView(() => import('@/components/popup/grounding/Exercises').then((module) => module.Exercises));
const LATER_VIEWS = [HistoryView, WeekView, Drafts, Exercises];

export function App() {
  // Home paints before anything is read: the models, with the storage schemas, load just after.
  const models = useSignal<PopupModels | undefined>(undefined);
  useEffect(() => {
    let open = true;
    let stopModels = () => {};
    void import('@/components/popup/models').then(({ createPopupModels }) => {
      if (!open) return;
      const created = createPopupModels();
      stopModels = created.start();
      models.value = created;
    });
    const stopHash = followHash();
    void takePopupStart().then((start) => start && go(start));
    // Once Home is on screen, the other views' code loads while the person reads it.
    const preload = setTimeout(() => requestAnimationFrame(() => LATER_VIEWS.forEach((later) => later.preload())), 0);
    return () => {
      open = false;
      clearTimeout(preload);
      stopModels();
      stopHash();
    };
  }, []);

  const loaded = models.value;
  const settings = loaded?.settings.settings.value;
  const current = view.value;
  return (
    <main class="popup">
      <header>
        <h1>{t('popupHeading')}</h1>
        <Nav drafts={loaded?.drafts.drafts.value.length ?? 0} />
      </header>
      <StatusLine place="top" />
      {current === 'home' && <Home models={loaded} />}
      {loaded && settings && current === 'history' && <HistoryView source={loaded.source} settings={settings} />}
      {loaded && settings && current === 'summary' && <WeekView source={loaded.source} settings={settings} />}
      {loaded && current === 'drafts' && <Drafts drafts={loaded.drafts.drafts.value} />}
      {(current === 'breathe' || current === 'senses' || current === 'feeling' || current === 'defences') && (
        <Exercises exercise={current} onClose={() => go('home')} />
      )}
    </main>
  );
}
