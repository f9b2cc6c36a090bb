import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/storage';
import { NumberField, Select, Toggle } from './fields';
import { hourOptions, weekdayOptions } from './format';
import { saveSettings } from './settings-store';

/** The weekly check-in, reminders for saved drafts, and when to ask how a repair went. */
export function RhythmSettings({ settings }: { settings: Settings }) {
  const checkIn = settings.checkIn;
  return (
    <>
      <Toggle
        label={t('options_checkInLabel')}
        hint={t('options_checkInHint')}
        checked={checkIn.enabled}
        onChange={(enabled) => void saveSettings({ checkIn: { ...checkIn, enabled } })}
      />
      <div class="inline">
        <Select
          label={t('options_checkInDay')}
          value={checkIn.weekday}
          options={weekdayOptions()}
          disabled={!checkIn.enabled}
          onChange={(weekday) => void saveSettings({ checkIn: { ...checkIn, weekday } })}
        />
        <Select
          label={t('options_checkInHour')}
          value={checkIn.hour}
          options={hourOptions()}
          disabled={!checkIn.enabled}
          onChange={(hour) => void saveSettings({ checkIn: { ...checkIn, hour } })}
        />
      </div>
      <Toggle
        label={t('options_draftRemindersLabel')}
        checked={settings.draftReminders}
        onChange={(draftReminders) => void saveSettings({ draftReminders })}
      />
      <NumberField
        label={t('options_draftExpiryLabel')}
        hint={t('options_draftExpiryHint')}
        value={settings.draftExpiryDays}
        min={1}
        max={90}
        onChange={(draftExpiryDays) => void saveSettings({ draftExpiryDays })}
      />
      <NumberField
        label={t('options_repairDelayLabel')}
        value={settings.repairDelayDays}
        min={1}
        max={14}
        onChange={(repairDelayDays) => void saveSettings({ repairDelayDays })}
      />
    </>
  );
}
