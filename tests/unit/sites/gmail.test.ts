// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '@/utils/sites/gmail';
import { beforeEachLoad, describeSnapshot, element, pathFrom, visit } from './snapshot';

const site = {
  adapter: gmailAdapter,
  snapshot: 'gmail-2026-11',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGmvWlTbqzKxXnPLHkrDdJpw',
  inComposer: '[g_editable="true"] > div',
  inSendControl: '[data-tooltip^="Send"] .bog',
  draft: 'Hi Sam,\nI still havent heard back about Friday.',
  notDraft: 'Earlier message text',
  sendKey: 'mod-enter',
  openSuggestions: (composer: HTMLElement) => composer.setAttribute('aria-activedescendant', ':mention-1'),
  threadId: 'FMfcgzQXJGmvWlTbqzKxXnPLHkrDdJpw',
} as const;

describeSnapshot(site);

describe('gmail adapter, beyond the snapshot', () => {
  beforeEachLoad(site);
  const composer = () => gmailAdapter.findComposer(pathFrom(element(site.inComposer)))!;

  it('finds Send by its long-standing class when the labels are in another language', () => {
    const send = element('[data-tooltip^="Send"]');
    send.setAttribute('data-tooltip', 'Enviar ‪(Ctrl-Enter)‬');
    send.setAttribute('aria-label', 'Enviar ‪(Ctrl-Enter)‬');
    expect(gmailAdapter.findSendControl(composer())).toBe(send);
  });

  it('does not take "More send options" or Discard for Send', () => {
    for (const label of ['More send options', 'Discard draft ‪(Ctrl-Shift-D)‬']) {
      expect(gmailAdapter.composerForSendControl(pathFrom(element(`[aria-label="${label}"]`)))).toBeUndefined();
    }
  });

  it('gives a compose window no conversation, and a new-message address none either', () => {
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    element('.M9').before(dialog);
    dialog.append(element('.M9'));
    expect(gmailAdapter.threadId(composer())).toBeUndefined();
    visit('https://mail.google.com/mail/u/0/#inbox?compose=new');
    dialog.replaceWith(...dialog.childNodes);
    expect(gmailAdapter.threadId(composer())).toBeUndefined();
  });

  it('leaves Google Chat inside Gmail to the Chat adapter', () => {
    expect(gmailAdapter.matches(new URL('https://mail.google.com/chat/u/0/#chat/home'))).toBe(false);
  });
});
