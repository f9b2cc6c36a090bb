// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { googleChatAdapter } from '@/utils/sites/google-chat';
import { beforeEachLoad, describeSnapshot, element, pathFrom } from './snapshot';

const site = {
  adapter: googleChatAdapter,
  snapshot: 'google-chat-2026-11',
  url: 'https://chat.google.com/room/AAAAexample1',
  inComposer: '[role="textbox"][contenteditable="true"]',
  inSendControl: 'button[aria-label="Send message"] svg',
  draft: 'Not sure why I bother asking.',
  notDraft: 'History is on',
  sendKey: 'enter',
  openSuggestions: (composer: HTMLElement) => composer.setAttribute('aria-expanded', 'true'),
  threadId: 'space/AAAAexample1',
} as const;

describeSnapshot(site);

describe('google chat adapter, beyond the snapshot', () => {
  beforeEachLoad({ ...site, url: 'https://mail.google.com/chat/u/0/#chat/space/AAAAexample2' });
  const composer = () => googleChatAdapter.findComposer(pathFrom(element(site.inComposer)))!;

  it('works in the Chat client Gmail frames, naming the space from the address when the page does not', () => {
    expect(googleChatAdapter.matches(new URL(window.location.href))).toBe(true);
    element('[data-group-id]').removeAttribute('data-group-id');
    expect(googleChatAdapter.threadId(composer())).toBe('space/AAAAexample2');
  });

  it('does not take the emoji button for Send', () => {
    expect(googleChatAdapter.composerForSendControl(pathFrom(element('button[aria-label="Add emoji"]')))).toBeUndefined();
  });
});
