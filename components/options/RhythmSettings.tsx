import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/storage';
import { NumberField, Select, Toggle } from './fields';
import { hourOptions, weekdayOptions } from './format';
import { saveSettings } from './settings-store';
import { askForNotifications, useNotificationsAllowed } from './notifications';

/** The weekly check-in, reminders for saved drafts, and when to ask how a repair went. */
export function RhythmSettings({ settings }: { settings: Settings }) {
  const checkIn = settings.checkIn;
  const allowed = useNotificationsAllowed();
  /** Turning a reminder on is the moment to ask; the setting is kept whatever the answer. */
  function turnOn(enabled: boolean, save: () => Promise<void>) {
    if (enabled) void askForNotifications();
    void save();
  }
  const fallbackShown = allowed === false && (checkIn.enabled || settings.draftReminders);
  return (
    <>
      <Toggle
        label={t('options_checkInLabel')}
        hint={t('options_checkInHint')}
        checked={checkIn.enabled}
        onChange={(enabled) => turnOn(enabled, () => saveSettings({ checkIn: { ...checkIn, enabled } }))}
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
        onChange={(draftReminders) => turnOn(draftReminders, () => saveSettings({ draftReminders }))}
      />
      <p class="hint muted" role="status">
        {fallbackShown ? t('options_notificationsFallback') : ''}
      </p>
      {fallbackShown && (
        <button type="button" onClick={() => void askForNotifications()}>
          {t('options_notificationsAllow')}
        </button>
      )}
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
