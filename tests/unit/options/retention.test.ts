import { describe, expect, it } from 'vitest';
import { runMaintenance } from '@/utils/background/maintenance';
import { putRecords, readAll, readIndex, updateSettings, type MicroMoment } from '@/utils/storage';

const now = Date.UTC(2026, 10, 15, 12);
const monthsAgo = (months: number) => Date.UTC(2026, 10 - months, 10, 12);
const moment = (id: string, at: number): MicroMoment => ({ type: 'moment', id, at, kind: 'felt-understood' });

async function seedYearAndAHalf() {
  await putRecords(Array.from({ length: 18 }, (_, months) => moment(`m${months}`, monthsAgo(months))));
}

describe('the retention setting', () => {
  it('keeps everything by default', async () => {
    await seedYearAndAHalf();
    await runMaintenance(now);
    expect(await readAll()).toHaveLength(18);
  });

  it.each([
    [3, '2026-08'],
    [6, '2026-05'],
    [12, '2025-11'],
  ] as const)('with %i months, drops whole months before %s and keeps the rest', async (retentionMonths, oldestKept) => {
    await seedYearAndAHalf();
    await updateSettings({ retentionMonths });
    await runMaintenance(now);
    const index = await readIndex();
    expect(index[0]).toBe(oldestKept);
    expect(index.at(-1)).toBe('2026-11');
    expect((await readAll()).map((record) => record.id).sort()).toEqual(Array.from({ length: retentionMonths + 1 }, (_, months) => `m${months}`).sort());
  });
});
