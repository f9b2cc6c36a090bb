// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { discordAdapter } from '@/utils/sites/discord';
import { beforeEachLoad, describeSnapshot, element, pathFrom } from './snapshot';

const site = {
  adapter: discordAdapter,
  snapshot: 'discord-2026-11',
  url: 'https://discord.com/channels/100000000000000001/200000000000000002',
  inComposer: '[data-slate-string="true"]',
  inSendControl: 'button[aria-label="Send Message"] path',
  draft: 'why does nobody ever answer me\n\nseriously.',
  notDraft: '\uFEFF',
  sendKey: 'enter',
  openSuggestions: (composer: HTMLElement) => composer.setAttribute('aria-expanded', 'true'),
  threadId: '200000000000000002',
} as const;

describeSnapshot(site);

describe('discord adapter, beyond the snapshot', () => {
  beforeEachLoad(site);
  const composer = () => discordAdapter.findComposer(pathFrom(element(site.inComposer)))!;

  it('notices the autocomplete the textbox controls as soon as it lists options', () => {
    const option = document.createElement('div');
    option.setAttribute('role', 'option');
    expect(discordAdapter.isSuggestionOpen(composer())).toBe(false);
    element('#channel-autocomplete').append(option);
    expect(discordAdapter.isSuggestionOpen(composer())).toBe(true);
  });

  it('has no send control when the person has not turned the button on, and Enter still sends', () => {
    element('button[aria-label="Send Message"]').remove();
    expect(discordAdapter.findSendControl(composer())).toBeUndefined();
    expect(discordAdapter.sendKey(composer())).toBe('enter');
  });

  it('does not take the emoji button for Send', () => {
    expect(discordAdapter.composerForSendControl(pathFrom(element('button[aria-label="Select emoji"]')))).toBeUndefined();
  });
});
