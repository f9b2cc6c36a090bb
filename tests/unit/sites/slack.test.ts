// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { slackAdapter } from '@/utils/sites/slack';
import { beforeEachLoad, describeSnapshot, element, pathFrom } from './snapshot';

const site = {
  adapter: slackAdapter,
  snapshot: 'slack-2026-11',
  url: 'https://app.slack.com/client/T0EXAMPLE/C0EXAMPLE',
  inComposer: '.ql-editor p',
  inSendControl: '[data-qa="texty_send_button"] path',
  draft: 'Can we talk about the release?\nIt keeps slipping.',
  notDraft: 'Message #general',
  sendKey: 'enter',
  openSuggestions: (composer: HTMLElement) => composer.setAttribute('aria-expanded', 'true'),
  threadId: 'C0EXAMPLE',
} as const;

describeSnapshot(site);

describe('slack adapter, beyond the snapshot', () => {
  beforeEachLoad(site);
  const composer = () => slackAdapter.findComposer(pathFrom(element(site.inComposer)))!;

  it('switches to Ctrl+Enter when Slack names it on the send button', () => {
    element('[data-qa="texty_send_button"]').setAttribute('aria-label', 'Send now (Ctrl + Enter)');
    expect(slackAdapter.sendKey(composer())).toBe('mod-enter');
  });

  it('does not take the schedule button for the send button', () => {
    expect(slackAdapter.composerForSendControl(pathFrom(element('[data-qa="texty_send_options_button"]')))).toBeUndefined();
  });
});
