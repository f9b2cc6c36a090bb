// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '@/utils/sites/generic';
import { pathFrom } from './snapshot';

// An editor whose editable body lives in a same-origin frame (TinyMCE, CKEditor 4), with the
// page's Send button outside the frame: a click on Send must reach the draft in the frame.

async function editorInFrame(): Promise<{ body: HTMLElement; send: HTMLElement }> {
  document.body.innerHTML =
    '<main><h1>Reply</h1><div class="editor"><iframe title="Message editor" srcdoc="<p></p>"></iframe></div><button type="button" aria-label="Send">Send</button></main>';
  const frame = document.querySelector('iframe')!;
  await new Promise((resolve) => setTimeout(resolve, 0));
  const frameWindow = frame.contentWindow!;
  // happy-dom leaves window.frameElement out; browsers give the frame's element to same-origin code.
  Object.defineProperty(frameWindow, 'frameElement', { value: frame, configurable: true });
  const body = frame.contentDocument!.body;
  body.contentEditable = 'true';
  body.textContent = "I'm so sorry, please don't be mad";
  return { body, send: document.querySelector<HTMLElement>('button[aria-label="Send"]')! };
}

describe('generic adapter and editors in frames', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it("finds the page's Send button for a composer inside a frame", async () => {
    const { body, send } = await editorInFrame();
    expect(genericAdapter.findSendControl(body)).toBe(send);
  });

  it('maps a click on that Send button to the editor in the frame', async () => {
    const { body, send } = await editorInFrame();
    expect(genericAdapter.composerForSendControl(pathFrom(send))).toBe(body);
    expect(genericAdapter.readDraft(body)).toBe("I'm so sorry, please don't be mad");
  });

  it('leaves a frame whose body is not editable alone', async () => {
    const { body, send } = await editorInFrame();
    body.contentEditable = 'false';
    expect(genericAdapter.composerForSendControl(pathFrom(send))).toBeUndefined();
  });
});
