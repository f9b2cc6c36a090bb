// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { whatsappAdapter } from '@/utils/sites/whatsapp';
import { beforeEachLoad, describeSnapshot, element, pathFrom } from './snapshot';

const site = {
  adapter: whatsappAdapter,
  snapshot: 'whatsapp-2026-11',
  url: 'https://web.whatsapp.com/',
  inComposer: '[data-lexical-text="true"]',
  inSendControl: 'button[aria-label="Send"] [data-icon] path',
  draft: 'fine. whatever you think is best\ni guess',
  notDraft: 'Type a message',
  sendKey: 'enter',
  openSuggestions: (composer: HTMLElement) => composer.setAttribute('aria-activedescendant', 'emoji-suggestion-0'),
  threadId: '10000000000@c.us',
} as const;

describeSnapshot(site);

describe('whatsapp adapter, beyond the snapshot', () => {
  beforeEachLoad(site);

  it('does not take the search box or a message for the composer', () => {
    const search = document.createElement('div');
    search.setAttribute('contenteditable', 'true');
    search.setAttribute('role', 'textbox');
    search.setAttribute('data-tab', '3');
    document.body.prepend(search);
    expect(whatsappAdapter.findComposer(pathFrom(search))).toBeUndefined();
    expect(whatsappAdapter.findComposer(pathFrom(element('.message-in span')))).toBeUndefined();
  });

  it('finds Send by its icon when the label is in another language', () => {
    element('button[aria-label="Send"]').setAttribute('aria-label', 'Enviar');
    expect(whatsappAdapter.composerForSendControl(pathFrom(element('[data-icon] path')))).toBe(
      whatsappAdapter.findComposer(pathFrom(element(site.inComposer))),
    );
  });

  it('has no chat id before any message is shown', () => {
    element('.message-in').remove();
    expect(whatsappAdapter.threadId(whatsappAdapter.findComposer(pathFrom(element(site.inComposer)))!)).toBeUndefined();
  });
});
