import { useEffect, useMemo } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { takePopupStart } from '@/utils/storage/popup-start';
import { createPopupModels } from '@/components/popup/models';
import { Nav } from '@/components/popup/Nav';
import { Home } from '@/components/popup/Home';
import { History } from '@/components/popup/History';
import { Summary } from '@/components/popup/Summary';
import { Drafts } from '@/components/popup/Drafts';
import { Exercise } from '@/components/popup/grounding/Exercise';
import { Breathing } from '@/components/popup/grounding/Breathing';
import { Senses } from '@/components/popup/grounding/Senses';
import { Feeling } from '@/components/popup/grounding/Feeling';
import { Defences } from '@/components/popup/grounding/Defences';
import { followHash, go, view } from '@/components/popup/views';
import { StatusLine } from '@/components/popup/StatusLine';
import '@/components/popup/popup.css';

export function App() {
  const models = useMemo(createPopupModels, []);
  useEffect(() => {
    const stopModels = models.start();
    const stopHash = followHash();
    void takePopupStart().then((start) => start && go(start));
    return () => {
      stopModels();
      stopHash();
    };
  }, []);

  const settings = models.settings.settings.value;
  const home = () => go('home');
  const current = view.value;
  return (
    <main class="popup">
      <header>
        <h1>{t('popupHeading')}</h1>
        <Nav drafts={models.drafts.drafts.value.length} />
      </header>
      <StatusLine place="top" />
      {current === 'home' && <Home models={models} />}
      {current === 'history' && <History history={models.history} settings={settings} />}
      {current === 'summary' && <Summary week={models.week} settings={settings} />}
      {current === 'drafts' && <Drafts drafts={models.drafts.drafts.value} />}
      {current === 'breathe' && <Exercise key="breathe" title={t('ground_start_breathe')} exercise="breathing-box" body={Breathing} onClose={home} />}
      {current === 'senses' && <Exercise key="senses" title={t('ground_start_senses')} exercise="senses-54321" body={Senses} onClose={home} />}
      {current === 'feeling' && <Exercise key="feeling" title={t('ground_start_feeling')} exercise="name-the-feeling" body={Feeling} onClose={home} />}
      {current === 'defences' && <Exercise key="defences" title={t('ground_start_defences')} exercise="defences-check-in" body={Defences} onClose={home} />}
    </main>
  );
}
