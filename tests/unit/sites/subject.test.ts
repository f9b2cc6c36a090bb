// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/utils/sites/generic';
import { gmailAdapter } from '@/utils/sites/gmail';
import { beforeEachLoad, element, pathFrom } from './snapshot';

const $ = <E extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<E>(selector)!;
const page = (html: string) => (document.body.innerHTML = html);

describe('a mail draft keeps its subject', () => {
  it('reads the subject beside a mail composer, by its name or label, in English or Spanish', () => {
    for (const field of [
      '<input name="_subject" value="  Saturday  ">',
      '<input aria-label="Asunto" value="Saturday">',
      '<input id="subject-line" placeholder="Subject" value="Saturday">',
    ]) {
      page(`<form><input name="to" aria-label="To"> ${field}<textarea name="body"></textarea><button type="submit">Send</button></form>`);
      expect(genericAdapter.readSubject($('textarea'))).toBe('Saturday');
    }
  });

  it('gives each of two compose windows its own subject', () => {
    page(
      ['One', 'Two']
        .map(
          (subject) =>
            `<section><input name="to" aria-label="To"><input name="subject" value="${subject}"><div contenteditable="true">words</div><button>Send</button></section>`,
        )
        .join(''),
    );
    const [first, second] = document.querySelectorAll<HTMLElement>('[contenteditable]');
    expect([genericAdapter.readSubject(first), genericAdapter.readSubject(second)]).toEqual(['One', 'Two']);
  });

  it('has no subject for an empty subject field, a hidden one, or a chat', () => {
    page('<form><input name="to" aria-label="To"><input name="subject" value="  "><textarea></textarea><button>Send</button></form>');
    expect(genericAdapter.readSubject($('textarea'))).toBeUndefined();
    page('<form><input name="to" aria-label="To"><input name="subject" value="Old" hidden><textarea></textarea><button>Send</button></form>');
    expect(genericAdapter.readSubject($('textarea'))).toBeUndefined();
    page('<div><input name="search" placeholder="Search"><div contenteditable="true" role="textbox">hi</div><button aria-label="Send">➤</button></div>');
    expect(genericAdapter.readSubject($('[contenteditable]'))).toBeUndefined();
  });

  it('reads the subject outside the frame of a mail editor', async () => {
    page(
      '<form><input name="_to" aria-label="To"><input name="_subject" value="From the frame"><iframe srcdoc="<p></p>"></iframe><button>Send</button></form>',
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    const frame = $<HTMLIFrameElement>('iframe');
    Object.defineProperty(frame.contentWindow!, 'frameElement', { value: frame, configurable: true });
    const body = frame.contentDocument!.body;
    body.contentEditable = 'true';
    expect(genericAdapter.readSubject(body)).toBe('From the frame');
  });
});

describe('gmail keeps a reply under its conversation subject', () => {
  const site = { snapshot: 'gmail-2026-11', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGmvWlTbqzKxXnPLHkrDdJpw' };
  beforeEachLoad(site);
  it("reads the reply's subject from the field Gmail keeps for it", () => {
    const composer = gmailAdapter.findComposer(pathFrom(element('[g_editable="true"] > div')))!;
    expect(gmailAdapter.readSubject(composer)).toBe('Re: Plans for next week');
  });
});
