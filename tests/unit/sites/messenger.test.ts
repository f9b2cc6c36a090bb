// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { messengerAdapter } from '@/utils/sites/messenger';
import { beforeEachLoad, describeSnapshot, element, pathFrom, visit } from './snapshot';

const site = {
  adapter: messengerAdapter,
  snapshot: 'messenger-2026-11',
  url: 'https://www.messenger.com/e2ee/t/100000000000001',
  inComposer: '[data-lexical-text="true"]',
  inSendControl: '[aria-label="Press enter to send"] path',
  draft: 'ok so you just forgot again\ncool',
  notDraft: 'Aa',
  sendKey: 'enter',
  openSuggestions: (composer: HTMLElement) => composer.setAttribute('aria-expanded', 'true'),
  threadId: '100000000000001',
} as const;

describeSnapshot(site);

describe('messenger adapter, beyond the snapshot', () => {
  beforeEachLoad(site);

  it('names the conversation under facebook.com/messages too', () => {
    visit('https://www.facebook.com/messages/t/100000000000002/');
    expect(messengerAdapter.threadId(messengerAdapter.findComposer(pathFrom(element(site.inComposer)))!)).toBe('100000000000002');
  });

  it('stays off the rest of facebook.com', () => {
    expect(messengerAdapter.matches(new URL('https://www.facebook.com/'))).toBe(false);
    expect(messengerAdapter.matches(new URL('https://www.facebook.com/groups/1'))).toBe(false);
  });

  it('finds Send whichever way its label is capitalised, but never "Send a like"', () => {
    const send = element('[aria-label="Press enter to send"]');
    send.setAttribute('aria-label', 'Press Enter to send');
    expect(messengerAdapter.composerForSendControl(pathFrom(send.querySelector('path')!))).not.toBeUndefined();
    send.setAttribute('aria-label', 'Send a like');
    expect(messengerAdapter.composerForSendControl(pathFrom(send.querySelector('path')!))).toBeUndefined();
  });

  it('does not take the emoji button for Send', () => {
    expect(messengerAdapter.composerForSendControl(pathFrom(element('[aria-label="Choose an emoji"]')))).toBeUndefined();
  });
});
