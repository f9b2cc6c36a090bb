// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { genericAdapter, isMailComposer, sendEvidence } from '@/utils/sites/generic';
import { pathFrom } from './snapshot';

// Each page below is a small capture of a kind of composer Steady meets on sites people add:
// the decisions are the generic adapter's, with no site named anywhere.

const $ = <E extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<E>(selector)!;
const page = (html: string) => (document.body.innerHTML = html);

/** A mail editor whose body is a same-origin frame, with Send in the page's toolbar, as TinyMCE and CKEditor 4 build it. */
async function mailInFrame(toolbar: string): Promise<HTMLElement> {
  page(`
    <div class="toolbar" role="toolbar">${toolbar}</div>
    <form name="form" method="post">
      <input name="_to" aria-label="To" value="sam@example.org">
      <input name="_subject" id="compose-subject" value="Saturday">
      <textarea name="_message" style="display: none" aria-hidden="true"></textarea>
      <div class="editor"><iframe title="Rich Text Area" srcdoc="<p></p>"></iframe></div>
    </form>`);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const frame = $<HTMLIFrameElement>('iframe');
  Object.defineProperty(frame.contentWindow!, 'frameElement', { value: frame, configurable: true });
  const body = frame.contentDocument!.body;
  body.contentEditable = 'true';
  body.innerHTML = '<p>First paragraph</p><p>Second paragraph</p>';
  return body;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('mail or chat', () => {
  it('reads subject or recipient fields beside the composer, in its frame or the page around it, as mail', async () => {
    const body = await mailInFrame('<button type="button" class="send" title="Send the message">Send</button>');
    expect(isMailComposer(body)).toBe(true);
    page('<label>Para <input name="para"></label><div contenteditable="true" aria-label="Mensaje"></div><button>Enviar</button>');
    expect(isMailComposer($('[contenteditable]'))).toBe(true);
  });

  it('reads a chat box with no subject or recipients as chat', () => {
    page('<form><textarea aria-label="Message"></textarea><button type="submit" aria-label="Send">➤</button></form>');
    expect(isMailComposer($('textarea'))).toBe(false);
  });

  it('does not count hidden mail fields (a closed dialog) as mail', () => {
    page('<div hidden><input name="subject"></div><textarea aria-label="Message"></textarea><button aria-label="Send"></button>');
    expect(isMailComposer($('textarea'))).toBe(false);
  });
});

describe('the send control', () => {
  it('pairs a mail editor in a frame with the Send in the page, far from the editor', async () => {
    const body = await mailInFrame('<button type="button">Bold</button><button type="button" class="send">Send</button>');
    const send = $('button.send');
    expect(genericAdapter.findSendControl(body)).toBe(send);
    expect(genericAdapter.composerForSendControl(pathFrom(send))).toBe(body);
  });

  it('never takes the hidden original textarea for the draft', async () => {
    const body = await mailInFrame('<button type="button" class="send">Send</button>');
    expect(genericAdapter.composerForSendControl(pathFrom($('button.send')))).not.toBe($('textarea'));
    expect(genericAdapter.readDraft(body)).toBe('First paragraph\nSecond paragraph');
  });

  it('passes over an untyped Bold or Attach button that comes first in the form', () => {
    page('<form><button>Bold</button><button><span class="icon-attach"></span></button><textarea aria-label="Message"></textarea><button>Send</button></form>');
    expect(genericAdapter.findSendControl($('textarea'))?.textContent).toBe('Send');
  });

  it('takes the evidence in order: a label that says send, a send icon, then a plain submit', () => {
    page(`<button id="a">Send</button><button id="b" aria-label="Enviar"></button><button id="c"><svg><use href="#icon-paper-plane"></use></svg></button>
      <form><button id="d" type="submit">Go</button><input></form><button id="e">Attach</button><button id="f">Send later</button><button id="g" type="button"></button>`);
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => sendEvidence($(`#${id}`)))).toEqual([3, 3, 2, 1, 0, 1, 0]);
  });

  it('a click on a control that is not this composer’s send is no send', () => {
    page('<form><textarea aria-label="Message"></textarea><button type="button">Bold</button><button>Send</button></form>');
    expect(genericAdapter.composerForSendControl(pathFrom($('button')))).toBeUndefined();
    expect(genericAdapter.composerForSendControl(pathFrom($('button:last-of-type')))).toBe($('textarea'));
  });
});

describe('what is a composer', () => {
  it('search boxes are not composers', () => {
    page(
      '<form role="search"><input aria-label="Search messages"><button type="submit">Search</button></form><form><input type="search"><button>Send</button></form>',
    );
    for (const field of document.querySelectorAll<HTMLElement>('input')) expect(genericAdapter.findComposer(pathFrom(field))).toBeUndefined();
  });

  it('a text box that nothing sends is not one', () => {
    page('<label>About you <textarea name="bio"></textarea></label><button>Bold</button>');
    expect(genericAdapter.findComposer(pathFrom($('textarea')))).toBeUndefined();
    page('<div><textarea aria-label="Message" enterkeyhint="send"></textarea></div>');
    expect(genericAdapter.findComposer(pathFrom($('textarea')))).toBe($('textarea'));
  });

  it('a chat box with a send button is one', () => {
    page('<div><div contenteditable="true" role="textbox" aria-label="Message #team"><p>hi</p></div><button aria-label="Send message"></button></div>');
    expect(genericAdapter.findComposer(pathFrom($('p')))).toBe($('[contenteditable]'));
  });
});

describe('which key sends', () => {
  it('mail: Enter is a new line and the Send control sends; Ctrl/Cmd+Enter only where the page says so', async () => {
    const body = await mailInFrame('<button type="button" class="send">Send</button>');
    expect(genericAdapter.sendKey(body)).toBe('button-only');
    const announced = await mailInFrame('<button type="button" class="send" title="Send (Ctrl+Enter)">Send</button>');
    expect(genericAdapter.sendKey(announced)).toBe('mod-enter');
  });

  it('chat: Enter sends from an editable box or a text box whose control says send; Ctrl+Enter only where announced', () => {
    page('<form><textarea aria-label="Message"></textarea><button type="submit" aria-label="Send">➤</button></form>');
    expect(genericAdapter.sendKey($('textarea'))).toBe('plain-enter');
    page('<div><div contenteditable="true" aria-label="Message"></div><button aria-label="Send"></button></div>');
    expect(genericAdapter.sendKey($('[contenteditable]'))).toBe('plain-enter');
    page('<div><div contenteditable="true" aria-label="Message"></div><button aria-label="Send" aria-keyshortcuts="Control+Enter"></button></div>');
    expect(genericAdapter.sendKey($('[contenteditable]'))).toBe('enter');
    page('<div><div contenteditable="true" aria-label="Message" aria-keyshortcuts="Enter Control+Enter"></div><button aria-label="Send"></button></div>');
    expect(genericAdapter.sendKey($('[contenteditable]'))).toBe('enter');
  });

  it('a comment, reply or issue form keeps Enter for new lines and sends with its button', () => {
    page('<form><textarea name="comment" aria-label="Add a comment"></textarea><button type="submit">Comment</button></form>');
    expect(genericAdapter.findComposer(pathFrom($('textarea')))).toBe($('textarea'));
    expect(genericAdapter.sendKey($('textarea'))).toBe('button-only');
    page('<form><textarea></textarea><button type="submit">Post reply (Ctrl+Enter)</button></form>');
    expect(genericAdapter.sendKey($('textarea'))).toBe('mod-enter');
  });

  it('enterkeyhint on the composer is taken at its word', () => {
    page('<form><textarea enterkeyhint="send"></textarea><button type="submit">Post</button></form>');
    expect(genericAdapter.sendKey($('textarea'))).toBe('plain-enter');
    page('<div><div contenteditable="true" enterkeyhint="enter"></div><button>Send</button></div>');
    expect(genericAdapter.sendKey($('[contenteditable]'))).toBe('button-only');
  });
});
