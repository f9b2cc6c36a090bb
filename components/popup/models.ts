import { createJournalSource } from '@/utils/models/journal-source';
import { createSettingsModel } from '@/utils/models/settings';
import { createPromptsModel } from '@/utils/models/prompts';
import { createDraftsModel } from '@/utils/models/drafts';
import { createRemindersModel } from '@/utils/models/reminders';

/**
 * The models Home needs, over one journal source the other views share when they open (they
 * make their own models then); `start` follows storage until the returned stop.
 */
export function createPopupModels() {
  const source = createJournalSource();
  const models = {
    settings: createSettingsModel(),
    prompts: createPromptsModel(source),
    drafts: createDraftsModel(),
    reminders: createRemindersModel(),
  };
  function start(): () => void {
    const stops = Object.values(models).map((model) => model.start());
    return () => {
      for (const stop of stops) stop();
      source.stop();
    };
  }
  return { ...models, source, start };
}
export type PopupModels = ReturnType<typeof createPopupModels>;
