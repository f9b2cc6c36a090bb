// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '@/utils/sites/outlook';
import { beforeEachLoad, describeSnapshot, element, pathFrom, visit } from './snapshot';

const site = {
  adapter: outlookAdapter,
  snapshot: 'outlook-2026-11',
  url: 'https://outlook.office.com/mail/inbox/id/AAQkADExample%3D',
  inComposer: '#editorParent_1 > div',
  inSendControl: 'button[aria-label="Send"] .ms-Button-label',
  draft: "Thanks for the update.\nI'll review it today.",
  notDraft: 'Earlier message text',
  sendKey: 'mod-enter',
  openSuggestions: (composer: HTMLElement) => composer.setAttribute('aria-expanded', 'true'),
  threadId: 'AAQkADExample=',
} as const;

describeSnapshot(site);

describe('outlook adapter, beyond the snapshot', () => {
  beforeEachLoad(site);

  it('does not treat the To field as the composer', () => {
    expect(outlookAdapter.findComposer(pathFrom(element('.recipientWell .wellItem')))).toBeUndefined();
  });

  it('does not take Discard for Send', () => {
    expect(outlookAdapter.composerForSendControl(pathFrom(element('button[aria-label="Discard"] span')))).toBeUndefined();
  });

  it('notices the mention list the body points at once it shows people', () => {
    const composer = outlookAdapter.findComposer(pathFrom(element(site.inComposer)))!;
    composer.setAttribute('aria-controls', 'mention-suggestions');
    const list = element('#mention-suggestions');
    list.closest('[hidden]')!.removeAttribute('hidden');
    expect(outlookAdapter.isSuggestionOpen(composer)).toBe(false);
    list.append(Object.assign(document.createElement('li'), { role: 'option', textContent: 'Person C' }));
    list.lastElementChild!.setAttribute('role', 'option');
    expect(outlookAdapter.isSuggestionOpen(composer)).toBe(true);
  });

  it('has no conversation id while writing a new message', () => {
    visit('https://outlook.live.com/mail/0/deeplink/compose');
    expect(outlookAdapter.threadId(outlookAdapter.findComposer(pathFrom(element(site.inComposer)))!)).toBeUndefined();
  });
});
