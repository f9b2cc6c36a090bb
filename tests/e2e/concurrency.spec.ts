import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { storedRecords } from './helpers';

const TOTAL = 1000;
const WRITERS = 6; // five tabs and the popup

/** Each writer sends its share of records one message at a time, all at once; `copies` sends every message that often. */
function writeShare(page: Page, round: number, writer: number, copies: number): Promise<number> {
  return page.evaluate(
    async ({ round, writer, copies, TOTAL, WRITERS }) => {
      const sends: Array<Promise<{ ok: boolean }>> = [];
      for (let index = writer; index < TOTAL; index += WRITERS) {
        const record = { type: 'moment', id: `r${round}-n${index}`, at: Date.now() - index * 60_000, kind: 'honest-check-in', safety: 3 };
        for (let copy = 0; copy < copies; copy++) sends.push(chrome.runtime.sendMessage({ name: 'page:put-records', data: { records: [record] } }));
      }
      const replies = await Promise.all(sends);
      return replies.filter((reply) => reply?.ok).length;
    },
    { round, writer, copies, TOTAL, WRITERS },
  );
}

test('five tabs and the popup writing 1,000 records at once lose and duplicate nothing, ten times over', async ({ openExtensionPage }) => {
  // Ten rounds over a growing month of 10,000 records: about a minute alone, several on a busy machine.
  test.setTimeout(600_000);
  const writers = [await openExtensionPage('popup')];
  for (let tab = 0; tab < WRITERS - 1; tab++) writers.push(await openExtensionPage('options'));

  for (let round = 0; round < 10; round++) {
    const copies = round % 2 === 0 ? 1 : 2;
    const acknowledged = await Promise.all(writers.map((page, writer) => writeShare(page, round, writer, copies)));
    expect(acknowledged.reduce((sum, count) => sum + count, 0)).toBe(TOTAL * copies);

    const ids = (await storedRecords(writers[0])).map((record) => record.id).filter((id) => id.startsWith(`r${round}-`));
    const unique = new Set(ids);
    console.log(
      `round ${round + 1} (${copies === 2 ? 'every message twice' : 'once'}): ${unique.size} stored, ${TOTAL - unique.size} lost, ${ids.length - unique.size} duplicated`,
    );
    expect(ids.length).toBe(TOTAL);
    expect(unique.size).toBe(TOTAL);
  }
});
