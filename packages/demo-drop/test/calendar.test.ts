import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DemoDropOptionError, generateDemoDrop } from '../src/index.ts';
import { decode, freshDir, generate, readFolder } from './support/drop.ts';

/** Other periods: the spring clock change, a period across two months, bad options. */

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('calendar', () => {
  it('spring: nothing is stamped in the hour the clocks skip', async () => {
    const { dir, summary } = await generate('spring', {
      start: '2027-03-27',
      days: 2,
      customers: 8,
    });
    dirs.push(dir);

    const texts = await Promise.all(
      summary.files
        .filter((file) => file.endsWith('.csv'))
        .map(async (file) => decode(await readFile(join(dir, file)))),
    );
    expect(texts.filter((text) => text.includes('28/03/2027 02:'))).toEqual([]);
    expect(summary.files.filter((file) => file.includes('_20270328_02'))).toEqual([]);
    expect(summary.files.filter((file) => file.startsWith('AccountStatus/'))).toHaveLength(47);
  });

  it('months: a period across two months is billed month by month', async () => {
    const { dir, summary } = await generate('months', {
      start: '2026-10-30',
      days: 3,
      customers: 8,
    });
    dirs.push(dir);

    expect(summary.files).toContain('BilledCDRs/MOBILE/BilledCDRs_MOBILE_VNO042_202610.csv');
    expect(summary.files).toContain('BilledCDRs/MOBILE/BilledCDRs_MOBILE_VNO042_202611.csv');
    expect(summary.files).toContain('Factures/Clients/202611/Recap_202611.csv');
    const billed = await readFolder(dir, summary.files, 'BilledCDRs/MOBILE');
    for (const { file, rows } of billed) {
      const period = /_(\d{6})\.csv$/.exec(file)?.[1] ?? '';
      const month = `${period.slice(4)}/${period.slice(0, 4)}`;
      expect(rows.every((row) => row.StartTime?.slice(3, 10) === month)).toBe(true);
    }
    const charges = (await readFolder(dir, summary.files, 'RatedCDRs/XDSL')).flatMap((f) => f.rows);
    const recurring = charges.filter((row) => /^Abonnement [A-Z0-9+]+$/.test(row.Label ?? ''));
    expect(new Set(recurring.map((row) => row.PeriodStart))).toEqual(
      new Set(['01/10/2026', '01/11/2026']),
    );
  });

  it('options: refuses what it cannot work with, and says what it needs', async () => {
    const dir = await freshDir('options');
    dirs.push(dir);

    await expect(generateDemoDrop(dir, { customers: 3 })).rejects.toThrow(DemoDropOptionError);
    await expect(generateDemoDrop(dir, { start: '2026-02-30' })).rejects.toThrow(
      'Option start is "2026-02-30"; it must be a real date written yyyy-MM-dd.',
    );
    await expect(generateDemoDrop(dir, { days: 0 })).rejects.toThrow(/Option days is 0/);
  });
});
