// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '@/utils/sites/linkedin';
import { beforeEachLoad, describeSnapshot, element, pathFrom } from './snapshot';

const site = {
  adapter: linkedinAdapter,
  snapshot: 'linkedin-2026-11',
  url: 'https://www.linkedin.com/messaging/thread/2-AbCdEf0123456789==/',
  inComposer: 'main .msg-form__contenteditable p',
  inSendControl: 'main .msg-form__send-button .artdeco-button__text',
  draft: 'Following up a third time on this.\nIs there a reason youre ignoring it?',
  notDraft: 'Press Enter to Send',
  sendKey: 'enter',
  openSuggestions: (composer: HTMLElement) => composer.setAttribute('aria-activedescendant', 'typeahead-option-0'),
  threadId: '2-AbCdEf0123456789==',
} as const;

describeSnapshot(site);

describe('linkedin adapter, beyond the snapshot', () => {
  beforeEachLoad(site);
  const bubble = () => linkedinAdapter.findComposer(pathFrom(element('aside .msg-form__contenteditable p')))!;

  it('pairs each bubble with its own Send button', () => {
    expect(bubble().closest('aside')).not.toBeNull();
    expect(linkedinAdapter.findSendControl(bubble())).toBe(element('aside .msg-form__send-button'));
    expect(linkedinAdapter.composerForSendControl(pathFrom(element('aside .msg-form__send-button span')))).toBe(bubble());
  });

  it('reads each form\'s own "Press Enter to Send" choice', () => {
    expect(linkedinAdapter.sendKey(bubble())).toBe('mod-enter');
    const [enter, click] = element('aside .msg-form').querySelectorAll('[role="menuitemradio"]');
    enter.setAttribute('aria-checked', 'true');
    click.setAttribute('aria-checked', 'false');
    expect(linkedinAdapter.sendKey(bubble())).toBe('enter');
  });

  it('assumes Ctrl+Enter when the send options are not in the page', () => {
    element('main .msg-form__send-toggle').remove();
    const composer = linkedinAdapter.findComposer(pathFrom(element(site.inComposer)))!;
    expect(linkedinAdapter.sendKey(composer)).toBe('mod-enter');
  });

  it("gives a bubble no conversation id (the address names the page's own thread)", () => {
    expect(linkedinAdapter.threadId(bubble())).toBeUndefined();
    expect(linkedinAdapter.readDraft(bubble())).toBe('');
  });
});
