import type { PopupModels } from './models';
import { FollowUp } from './FollowUp';
import { RepairPrompt } from './RepairPrompt';
import { QuickLog } from './QuickLog';
import { Grounding } from './Grounding';
import { RuptureForm } from './RuptureForm';
import { Reminders } from './Reminders';
import { StatusLine } from './StatusLine';

/**
 * The first view: a waiting reminder, then logging a moment (always above the fold at 380×600),
 * anything gently due, grounding, and noting a rupture.
 */
export function Home({ models }: { models?: PopupModels }) {
  // Before the models arrive (just after the first paint), Home offers what needs no stored data.
  const settings = models?.settings.settings.value;
  const followUp = models?.prompts.followUp.value;
  const repair = models?.prompts.repairsDue.value[0];
  return (
    <>
      {models && <Reminders reminders={models.reminders.due.value} drafts={models.drafts.drafts.value} />}
      <QuickLog customKinds={settings?.customKinds ?? []} />
      <StatusLine place="prompts" />
      {followUp && <FollowUp key={followUp.id} pause={followUp} />}
      {repair && settings && <RepairPrompt key={repair.id} rupture={repair} settings={settings} />}
      <Grounding />
      {models && settings && <RuptureForm settings={settings} open={models.prompts.openRuptures.value.filter((rupture) => rupture.id !== repair?.id)} />}
    </>
  );
}
