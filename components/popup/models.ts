import { browser } from 'wxt/browser';
import { createJournalSource } from '@/utils/models/journal-source';
import { createSettingsModel } from '@/utils/models/settings';
import { createWeekModel } from '@/utils/models/week';
import { createHistoryModel } from '@/utils/models/history';
import { createPromptsModel } from '@/utils/models/prompts';
import { createDraftsModel } from '@/utils/models/drafts';
import { createRemindersModel } from '@/utils/models/reminders';

/** The popup's models over one shared journal source; `start` follows storage until the returned stop. */
export function createPopupModels() {
  const source = createJournalSource();
  const models = {
    settings: createSettingsModel(),
    week: createWeekModel(source, browser.i18n.getUILanguage()),
    history: createHistoryModel(source),
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
  return { ...models, start };
}
export type PopupModels = ReturnType<typeof createPopupModels>;
