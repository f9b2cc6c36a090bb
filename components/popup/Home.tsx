import type { PopupModels } from './models';
import { FollowUp } from './FollowUp';
import { RepairPrompt } from './RepairPrompt';
import { QuickLog } from './QuickLog';
import { Grounding } from './Grounding';
import { RuptureForm } from './RuptureForm';

/** The first view: anything gently due, then logging a moment, grounding, and noting a rupture. */
export function Home({ models }: { models: PopupModels }) {
  const settings = models.settings.settings.value;
  const followUp = models.prompts.followUp.value;
  const repair = models.prompts.repairsDue.value[0];
  return (
    <>
      {followUp && <FollowUp key={followUp.id} pause={followUp} />}
      {repair && <RepairPrompt key={repair.id} rupture={repair} settings={settings} />}
      <QuickLog settings={settings} />
      <Grounding />
      <RuptureForm settings={settings} />
    </>
  );
}
