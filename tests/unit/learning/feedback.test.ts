import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { dispatch } from '@/utils/messaging';
import { handlers } from '@/utils/handlers';
import { readAll, type PauseEvent } from '@/utils/storage';
import { getConfig } from '@/utils/handlers/get-config';

const extensionPage: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const gmailTab: Browser.runtime.MessageSender = {
  id: 'test-extension-id',
  url: 'https://mail.google.com/mail/u/0/',
  tab: { id: 7 } as Browser.tabs.Tab,
  frameId: 0,
};
const slackTab: Browser.runtime.MessageSender = { ...gmailTab, url: 'https://app.slack.com/client/T1/C1' };

async function closePause(pauseId: string, score = 0.6) {
  const closed = { pauseId, site: 'gmail', trigger: 'flagged', patterns: ['over-apology'], score, outcome: 'sent-anyway', durationMs: 3000 } as const;
  expect(await dispatch(handlers, { name: 'content:pause-closed', data: closed }, gmailTab)).toMatchObject({ ok: true });
  return ((await readAll()) as PauseEvent[]).find((record) => record.id === pauseId)!;
}
const feedbackOf = async (pauseId: string) => ((await readAll()) as PauseEvent[]).find((record) => record.id === pauseId)?.feedback;

describe('one-tap feedback on a pause', () => {
  it('is stored with the pause record from the overlay, and the first answer stays', async () => {
    await closePause('p1');
    const given = await dispatch(handlers, { name: 'content:pause-feedback', data: { pauseId: 'p1', site: 'gmail', answer: 'not-needed' } }, gmailTab);
    expect(given).toEqual({ ok: true, data: { given: true } });
    const again = await dispatch(handlers, { name: 'content:pause-feedback', data: { pauseId: 'p1', site: 'gmail', answer: 'helped' } }, gmailTab);
    expect(again).toEqual({ ok: true, data: { given: false } });
    expect(await feedbackOf('p1')).toBe('not-needed');
  });

  it('comes from the follow-up card too, which names when the pause started', async () => {
    const pause = await closePause('p2');
    const reply = await dispatch(handlers, { name: 'page:pause-feedback', data: { pauseId: 'p2', at: pause.at, answer: 'helped' } }, extensionPage);
    expect(reply).toEqual({ ok: true, data: { given: true } });
    expect(await feedbackOf('p2')).toBe('helped');
  });

  it('may name, once, the noticed pattern the answer was about; a pattern the pause did not notice is not kept', async () => {
    const closed = {
      pauseId: 'p4',
      site: 'gmail',
      trigger: 'flagged',
      patterns: ['over-apology', 'absolutes'],
      score: 0.7,
      outcome: 'kept-editing',
      durationMs: 3000,
    } as const;
    await dispatch(handlers, { name: 'content:pause-closed', data: closed }, gmailTab);
    const at = ((await readAll()) as PauseEvent[]).find((record) => record.id === 'p4')!.at;
    const ask = (answer: 'helped' | 'not-needed', patterns?: PauseEvent['patterns']) =>
      dispatch(handlers, { name: 'page:pause-feedback', data: { pauseId: 'p4', at, answer, ...(patterns ? { patterns } : {}) } }, extensionPage);
    expect(await ask('not-needed')).toEqual({ ok: true, data: { given: true } });
    // Another answer, or a pattern this pause did not notice, changes nothing.
    expect(await ask('helped', ['absolutes'])).toEqual({ ok: true, data: { given: false } });
    expect(await ask('not-needed', ['hostility'])).toEqual({ ok: true, data: { given: false } });
    expect(await ask('not-needed', ['absolutes', 'hostility'])).toEqual({ ok: true, data: { given: true } });
    expect(await ask('not-needed', ['over-apology'])).toEqual({ ok: true, data: { given: false } });
    const stored = ((await readAll()) as PauseEvent[]).find((record) => record.id === 'p4');
    expect(stored).toMatchObject({ feedback: 'not-needed', feedbackPatterns: ['absolutes'] });
  });

  it('is refused from a page speaking for another site, and changes nothing there', async () => {
    await closePause('p3');
    const reply = await dispatch(handlers, { name: 'content:pause-feedback', data: { pauseId: 'p3', site: 'gmail', answer: 'not-needed' } }, slackTab);
    expect(reply.ok).toBe(false);
    const claimed = await dispatch(handlers, { name: 'content:pause-feedback', data: { pauseId: 'p3', site: 'slack', answer: 'not-needed' } }, slackTab);
    expect(claimed).toEqual({ ok: true, data: { given: false } });
    expect(await feedbackOf('p3')).toBeUndefined();
  });

  it('teaches the content configuration to wait, and a reset forgets it', async () => {
    for (const id of ['a', 'b', 'c']) {
      await closePause(id, 0.62);
      await dispatch(handlers, { name: 'content:pause-feedback', data: { pauseId: id, site: 'gmail', answer: 'not-needed' } }, gmailTab);
    }
    expect((await getConfig()).learned).toEqual([{ site: 'gmail', pattern: 'over-apology', waitsFor: 0.621 }]);
    expect(await dispatch(handlers, { name: 'page:reset-learning', data: { line: 'over-apology@gmail', at: Date.now() } }, extensionPage)).toMatchObject({
      ok: true,
    });
    expect((await getConfig()).learned).toEqual([]);
    // The pauses and their answers are still there: a reset only stops them teaching.
    expect(await feedbackOf('a')).toBe('not-needed');
  });
});
