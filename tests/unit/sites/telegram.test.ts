// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { telegramAdapter } from '@/utils/sites/telegram';
import { beforeEachLoad, describeSnapshot, element, pathFrom } from './snapshot';

const webK = {
  adapter: telegramAdapter,
  snapshot: 'telegram-2026-11',
  url: 'https://web.telegram.org/k/#-1001234567890',
  inComposer: '.input-message-input br',
  inSendControl: 'button.btn-send .tgico',
  draft: 'you always do this\nevery single time',
  notDraft: 'Message',
  sendKey: 'enter',
  openSuggestions: () => element('.autocomplete-helper').classList.remove('hide'),
  threadId: '-1001234567890',
} as const;

const webA = {
  ...webK,
  snapshot: 'telegram-a-2026-11',
  url: 'https://web.telegram.org/a/#777000',
  inComposer: '#editable-message-text',
  inSendControl: 'button.send .icon-send',
  draft: 'please just tell me the truth',
  openSuggestions: () => element('.composer-tooltip').classList.add('shown'),
  threadId: '777000',
} as const;

describeSnapshot(webK);
describeSnapshot(webA);

describe('telegram adapter, beyond the snapshots', () => {
  describe('Web K', () => {
    beforeEachLoad(webK);

    it('passes over the hidden mirror K keeps beside the real input', () => {
      expect(telegramAdapter.findComposer(pathFrom(element('.input-field-input-fake')))).toBeUndefined();
    });

    it('switches to Ctrl+Enter when the Send button names it', () => {
      element('button.btn-send').setAttribute('title', 'Send (Ctrl+Enter)');
      expect(telegramAdapter.sendKey(telegramAdapter.findComposer(pathFrom(element(webK.inComposer)))!)).toBe('mod-enter');
    });
  });
});
