// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { teamsAdapter } from '@/utils/sites/teams';
import { beforeEachLoad, describeSnapshot, element, pathFrom, visit } from './snapshot';

const site = {
  adapter: teamsAdapter,
  snapshot: 'teams-2026-11',
  url: 'https://teams.microsoft.com/_#/conversations/19:0a1b2c3d4e5f@unq.gbl.spaces?ctx=chat',
  inComposer: '[data-tid="ckeditor"] p',
  inSendControl: '[data-tid="newMessageCommands-send"] svg',
  draft: 'Per my last message, this was due yesterday.\nPlease advise.',
  notDraft: '\u200B',
  sendKey: 'enter',
  openSuggestions: (composer: HTMLElement) => composer.setAttribute('aria-expanded', 'true'),
  threadId: '19:0a1b2c3d4e5f@unq.gbl.spaces',
} as const;

describeSnapshot(site);

describe('teams adapter, beyond the snapshot', () => {
  beforeEachLoad(site);
  const composer = () => teamsAdapter.findComposer(pathFrom(element(site.inComposer)))!;

  it('switches to Ctrl+Enter when the expanded compose box names it on Send', () => {
    element('[data-tid="newMessageCommands-send"]').setAttribute('title', 'Send (Ctrl+Enter)');
    expect(teamsAdapter.sendKey(composer())).toBe('mod-enter');
  });

  it('still finds the classic client composer', () => {
    const editor = element('[data-tid="ckeditor"]');
    editor.setAttribute('data-tid', 'ckeditor-replyConversation');
    expect(teamsAdapter.findComposer(pathFrom(editor.querySelector('p')!))).toBe(editor);
  });

  it('finds Send under either of its data-tids', () => {
    const send = element('[data-tid="newMessageCommands-send"]');
    send.setAttribute('data-tid', 'sendMessageCommands-send');
    expect(teamsAdapter.composerForSendControl(pathFrom(send.querySelector('svg')!))).toBe(composer());
  });

  it('reads the chat id from an encoded address', () => {
    visit('https://teams.live.com/v2/?chat=19%3Aabc123%40thread.v2');
    expect(teamsAdapter.threadId(composer())).toBe('19:abc123@thread.v2');
    visit('https://teams.microsoft.com/v2/');
    expect(teamsAdapter.threadId(composer())).toBeUndefined();
  });
});
