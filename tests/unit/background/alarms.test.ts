import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { alarmHandlerFor, handleAlarm } from '@/utils/background/alarms';
import { startCheckIn } from '@/utils/background/check-in';
import { ensureMaintenanceAlarm } from '@/utils/background/maintenance';
import { DRAFT_NOTIFICATION, remindersSeen, startReminderClicks } from '@/utils/background/reminders';
import { REMINDER_BADGE, refreshBadge } from '@/utils/background/badge';
import { deletePageDrafts } from '@/utils/handlers/delete-drafts';
import { saveDraft } from '@/utils/handlers/save-draft';
import { readDrafts, updateSettings } from '@/utils/storage';
import { readDueReminders } from '@/utils/storage/reminders';

const SOURCE_DIRS = ['utils', 'entrypoints', 'components'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The name argument of every `alarms.create(` call in Steady's source, as written. */
function alarmNamesInSource(): string[] {
  return SOURCE_DIRS.flatMap(sourceFiles).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/alarms\.create\(\s*([^,)]+)/g)].map((match) => match[1].trim()),
  );
}

let notificationsGranted = false;
const notifications = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());

beforeEach(() => {
  notificationsGranted = false;
  // The fake browser has no permissions API; typed loosely, as its overloads take callbacks too.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => notificationsGranted) as never);
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
});

/** A content script on Slack, where these drafts were saved. */
const SLACK_TAB: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: 'https://app.slack.com/client/T1/C1', tab: { id: 3 } as Browser.tabs.Tab };

describe('every alarm Steady schedules', () => {
  it('is one the scheduling below covers: a new alarm must be added here, with its handler', () => {
    expect(alarmNamesInSource().sort()).toEqual(['CHECK_IN_ALARM', 'DRAFT_REMINDER_ALARM + id', 'MAINTENANCE_ALARM']);
  });

  it('has a handler', async () => {
    await ensureMaintenanceAlarm();
    await updateSettings({ checkIn: { enabled: true, weekday: 5, hour: 8 } });
    startCheckIn();
    await saveDraft({ id: 'draft-1', site: 'slack', text: 'Can we talk later?', remindInMinutes: 60 }, SLACK_TAB);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toHaveLength(3));

    const names = (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name);
    expect(names.filter((name) => !alarmHandlerFor(name))).toEqual([]);
    expect(alarmHandlerFor('something-else')).toBeUndefined();
  });
});

describe('a saved draft’s reminder', () => {
  async function savedWithReminder() {
    const { id } = await saveDraft({ id: 'draft-1', site: 'slack', text: 'Can we talk later?', remindInMinutes: 60 }, SLACK_TAB);
    return id;
  }

  it('shows a notification when the person allowed them, and its click opens the draft in the popup', async () => {
    notificationsGranted = true;
    const id = await savedWithReminder();
    await handleAlarm({ name: `draft-reminder:${id}` });
    expect(notifications()).toEqual([DRAFT_NOTIFICATION + id]);
    expect(await readDueReminders()).toEqual([]);

    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    startReminderClicks();
    await fakeBrowser.notifications.onClicked.trigger(DRAFT_NOTIFICATION + id);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL(`/popup.html?draft=${id}#drafts`) });
  });

  it('waits in the popup and marks the toolbar icon when notifications were refused', async () => {
    const id = await savedWithReminder();
    await handleAlarm({ name: `draft-reminder:${id}` });
    expect(notifications()).toEqual([]);
    expect(await readDueReminders()).toEqual([expect.objectContaining({ kind: 'draft', id })]);
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe(REMINDER_BADGE);

    await remindersSeen([id]);
    expect(await readDueReminders()).toEqual([]);
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('stops waiting when its draft is deleted, and a deleted draft is never brought up', async () => {
    const kept = await savedWithReminder();
    const deleted = await savedWithReminder();
    await handleAlarm({ name: `draft-reminder:${kept}` });
    await deletePageDrafts({ ids: [kept, deleted] });
    expect(await readDueReminders()).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);

    await handleAlarm({ name: `draft-reminder:${deleted}` });
    expect(await readDueReminders()).toEqual([]);
    expect(await readDrafts()).toEqual([]);
  });
});
