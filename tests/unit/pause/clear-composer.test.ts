// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clearSavedWords } from '@/utils/pause/clear-composer';
import { genericAdapter } from '@/utils/sites/generic';
import type { SiteAdapter } from '@/utils/sites/types';

const page = (html: string) => (document.body.innerHTML = html);
const saved = 'are you even reading my messages??';

describe('emptying a composer once its words are saved for later', async () => {
  it("empties a text box the way typing does, so the page's own state follows", async () => {
    page(`<form><textarea>${saved}</textarea><button>Send</button></form>`);
    const box = document.querySelector('textarea')!;
    const heard: string[] = [];
    box.addEventListener('input', (event) => heard.push(`${(event as InputEvent).inputType}:${box.value}`));
    expect(await clearSavedWords(genericAdapter, box, saved)).toBe(true);
    expect(box.value).toBe('');
    expect(heard).toEqual(['deleteContentBackward:']);
  });

  it('leaves the composer as it is when the person typed more, or it holds more than the draft', async () => {
    page(`<form><textarea>${saved} and another thing</textarea><button>Send</button></form>`);
    const box = document.querySelector('textarea')!;
    expect(await clearSavedWords(genericAdapter, box, saved)).toBe(false);
    expect(box.value).toBe(`${saved} and another thing`);

    // A mail body whose signature the site's adapter leaves out of the draft: emptying it would delete the signature too.
    page(`<div contenteditable="true"><p>${saved}</p><div class="signature">Sam</div></div>`);
    const body = document.querySelector<HTMLElement>('[contenteditable]')!;
    const mail: SiteAdapter = { ...genericAdapter, readDraft: () => saved };
    expect(await clearSavedWords(mail, body, saved)).toBe(false);
    expect(body.textContent).toContain('Sam');
  });

  it('leaves a composer that is gone, or a page that throws, without throwing', async () => {
    const gone = document.createElement('textarea');
    gone.value = saved;
    expect(await clearSavedWords(genericAdapter, gone, saved)).toBe(false);
    page(`<textarea>${saved}</textarea>`);
    const box = document.querySelector('textarea')!;
    box.dispatchEvent = () => {
      throw new Error('the page refused');
    };
    await expect(clearSavedWords(genericAdapter, box, saved)).resolves.toBe(false);
  });
});

describe('emptying a rich editor through the channel it claims', () => {
  const editor = () => {
    page(`<div contenteditable="true" role="textbox">${saved}</div>`);
    return document.querySelector<HTMLElement>('[contenteditable]')!;
  };
  const recordBrowserEdits = () => {
    const edits: string[] = [];
    document.execCommand = (command: string) => (edits.push(command), true);
    return edits;
  };

  it('asks an editor that takes its edits from beforeinput, and nothing else', async () => {
    const body = editor();
    const edits = recordBrowserEdits();
    const keys: string[] = [];
    body.addEventListener('beforeinput', (event) => (event.preventDefault(), (body.textContent = '')));
    body.addEventListener('keydown', (event) => keys.push(event.key));
    expect(await clearSavedWords(genericAdapter, body, saved)).toBe(true);
    expect({ keys, edits }).toEqual({ keys: [], edits: [] });
  });

  it('presses Backspace for an editor bound to keys, and leaves its DOM to it', async () => {
    const body = editor();
    const edits = recordBrowserEdits();
    body.addEventListener('keydown', (event) => {
      if (event.key !== 'Backspace' || event.keyCode !== 8) return;
      event.preventDefault();
      body.textContent = '';
    });
    expect(await clearSavedWords(genericAdapter, body, saved)).toBe(true);
    expect(edits).toEqual([]);
  });

  it("falls back on the browser's own delete for a plain editable region", async () => {
    const body = editor();
    const edits = recordBrowserEdits();
    document.execCommand = (command: string) => (edits.push(command), (body.textContent = ''), true);
    expect(await clearSavedWords(genericAdapter, body, saved)).toBe(true);
    expect(edits).toEqual(['delete']);
  });
});
