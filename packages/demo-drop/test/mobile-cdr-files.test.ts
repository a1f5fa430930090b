import { createReadStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { DemoDropOptionError, generateMobileCdrFiles } from '../src/index.ts';
import { freshDir, hashTree } from './support/drop.ts';

/** The load-test generator: many valid rows, streamed, unique ids, same bytes for a seed. */

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function lines(path: string): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({
    input: createReadStream(path),
    crlfDelay: Infinity,
  })) {
    out.push(line);
  }
  return out;
}

describe('mobile CDR files', () => {
  it('cdr files: writes the rows over the files, CRLF, with unique ids', async () => {
    const dir = await freshDir('cdrs');
    dirs.push(dir);

    const result = await generateMobileCdrFiles(dir, { rows: 50_000, files: 7, seed: 3 });

    expect(result.rows).toBe(50_000);
    expect(result.files).toHaveLength(7);
    expect(
      result.files.every((f) =>
        /^RatedCDRs\/MOBILE\/RatedCDRs_MOBILE_VNO042_2026(10\d\d|1101)_\d{4}\.csv$/.test(f),
      ),
    ).toBe(true);
    const ids = new Set<string>();
    const body: string[] = [];
    for (const file of result.files) {
      const text = await readFile(join(dir, file), 'latin1');
      const [header, ...rows] = text.split('\r\n');
      expect(header?.startsWith('CdrId;CustomerId;Msisdn;Iccid;EventType')).toBe(true);
      expect(rows.pop()).toBe('');
      body.push(...rows);
    }
    for (const line of body) ids.add(line.slice(0, line.indexOf(';')));
    expect(body).toHaveLength(50_000);
    expect(ids.size).toBe(50_000);
    expect(body.filter((line) => line.includes('\n') || line.split(';').length !== 17)).toEqual([]);
  });

  it('cdr files: each file holds the records of the time since the previous one', async () => {
    const dir = await freshDir('cdrs-window');
    dirs.push(dir);

    const result = await generateMobileCdrFiles(dir, { rows: 3_000, files: 3, month: '2026-02' });
    const stamps = result.files.map((file) =>
      /_(\d{8})_(\d{4})\.csv$/.exec(file)?.slice(1).join(''),
    );
    expect(stamps).toEqual(['202602100800', '202602191600', '202603010000']);

    const [, ...body] = await lines(join(dir, result.files[1] ?? ''));
    const times = body.map((line) => {
      const [date, time] = (line.split(';')[7] ?? '').split(' ');
      const [dd, mm, yyyy] = (date ?? '').split('/');
      return `${yyyy}${mm}${dd}${(time ?? '').replaceAll(':', '').slice(0, 4)}`;
    });
    expect(times.every((t) => t >= '202602100800' && t < '202602191600')).toBe(true);
  });

  it('cdr files: the same seed writes the same bytes', async () => {
    const [a, b] = await Promise.all([freshDir('cdrs-a'), freshDir('cdrs-b')]);
    dirs.push(a, b);

    await generateMobileCdrFiles(a, { rows: 5_000, files: 2, seed: 9 });
    await generateMobileCdrFiles(b, { rows: 5_000, files: 2, seed: 9 });
    expect(await hashTree(b)).toEqual(await hashTree(a));
  });

  it('cdr files: 200,000 rows stream out quickly with flat memory', async () => {
    const dir = await freshDir('cdrs-big');
    dirs.push(dir);

    const began = performance.now();
    const heapBefore = process.memoryUsage().heapUsed;
    const result = await generateMobileCdrFiles(dir, { rows: 200_000, files: 4 });
    const seconds = (performance.now() - began) / 1000;

    expect(result.bytes).toBeGreaterThan(200_000 * 100);
    expect(seconds).toBeLessThan(30);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('cdr files: refuses options it cannot honour, naming them', async () => {
    await expect(generateMobileCdrFiles('/nowhere', { rows: -1, files: 1 })).rejects.toThrow(
      DemoDropOptionError,
    );
    await expect(
      generateMobileCdrFiles('/nowhere', { rows: 1, files: 1, month: '2026-13' }),
    ).rejects.toThrow(/Option month is "2026-13"/);
  });
});
