import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { selectRows } from '@vnodrop/db';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMPTY_FILE_NOTE } from '../src/run/load-file.ts';
import { runSync } from '../src/run/run-sync.ts';
import { exitCodeOf } from '../src/run/summary.ts';
import { openSource } from '../src/sources/index.ts';
import { commaDelimited, gzipOf, zipOf } from './support/archives.ts';
import { contentChecksums } from './support/checksum.ts';
import { DropBuilder, MOBILE_HEADER, mobileRow } from './support/drop-builder.ts';

const MOBILE = 'RatedCDRs/MOBILE';
const name = (time: string) => `RatedCDRs_MOBILE_VNO042_20261025_${time}`;

/** Three records told apart by their prefix, with values that differ from row to row. */
function records(prefix: string): string[] {
  return [1, 2, 3].map((i) =>
    mobileRow(`${prefix}${i}`, { duration: String(58 + i), amount: `0,02${i}0` }),
  );
}

describe.each(BACKENDS)('reliability (%s): what a file may look like', (kind) => {
  let database: TestDatabase;
  let drop: DropBuilder;

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    drop = await DropBuilder.create();
  });

  afterEach(async () => {
    await database.drop();
  });

  async function sync() {
    const source = await openSource(pathToFileURL(drop.root).href);
    try {
      return await runSync({ source, database: database.handle });
    } finally {
      await source.close();
    }
  }

  const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
    selectRows<T>(database.handle.db, query);

  const ledger = () =>
    rows<{ name: string; status: string; rows: number; error: string | null; delimiter: string }>(
      sql`select name, status::text, rows_loaded as rows, error, delimiter
          from source_files order by name`,
    );

  it('reliability: a .csv.gz, a .zip and a comma-delimited file load like a plain file', async () => {
    await drop.write(`${MOBILE}/${name('0600')}.csv`, [MOBILE_HEADER, ...records('P')]);
    await drop.write(`${MOBILE}/${name('0700')}.csv.gz`, gzipOf([MOBILE_HEADER, ...records('G')]));
    const inZip = [MOBILE_HEADER, ...records('Z')].join('\r\n');
    await drop.write(
      `${MOBILE}/${name('0800')}.zip`,
      await zipOf({ [`${name('0800')}.csv`]: inZip }),
    );
    await drop.write(
      `${MOBILE}/${name('0900')}.csv`,
      commaDelimited([MOBILE_HEADER, ...records('C')]),
    );

    const summary = await sync();

    expect(summary.failures).toEqual([]);
    expect([summary.filesLoaded, summary.rowsLoaded, summary.rowsRejected]).toEqual([4, 12, 0]);
    const values = await rows<{ prefix: string; record: string }>(
      sql`select left(cdr_id, 1) as prefix,
                 string_agg(concat_ws('|', substr(cdr_id, 2), msisdn, duration_s, amount,
                            started_at at time zone 'UTC'), ';' order by cdr_id) as record
          from mobile_cdrs group by 1 order by 1`,
    );
    const plain = values.find((v) => v.prefix === 'P')!.record;
    expect(values.map((v) => [v.prefix, v.record])).toEqual(
      ['C', 'G', 'P', 'Z'].map((prefix) => [prefix, plain]),
    );
    expect((await ledger()).map((f) => [f.name, f.status, f.rows, f.delimiter])).toEqual([
      [`${name('0600')}.csv`, 'loaded', 3, ';'],
      [`${name('0700')}.csv.gz`, 'loaded', 3, ';'],
      [`${name('0800')}.zip`, 'loaded', 3, ';'],
      [`${name('0900')}.csv`, 'loaded', 3, ','],
    ]);
  });

  it('reliability: a .zip holding two files is rejected whole, saying why', async () => {
    const csv = [MOBILE_HEADER, ...records('Z')].join('\r\n');
    await drop.write(`${MOBILE}/${name('0800')}.zip`, await zipOf({ 'a.csv': csv, 'b.csv': csv }));

    const summary = await sync();

    expect([summary.filesRejected, summary.filesFailed, summary.rowsLoaded]).toEqual([1, 0, 0]);
    const [entry] = await ledger();
    expect(entry?.status).toBe('rejected');
    expect(entry?.error).toContain('the archive holds 2 files (a.csv, b.csv)');
    expect(entry?.error).toContain('exactly one CSV');
  });

  it('reliability: an empty file is recorded as empty, loads nothing and fails nothing', async () => {
    await drop.write(`${MOBILE}/${name('0600')}.csv`, '');
    await drop.write(`${MOBILE}/${name('0700')}.csv.gz`, gzipOf(''));

    const summary = await sync();
    const again = await sync();

    expect(summary.failures).toEqual([]);
    expect([summary.filesEmpty, summary.filesLoaded, summary.rowsLoaded]).toEqual([2, 0, 0]);
    expect(exitCodeOf(summary)).toBe(0);
    expect((await ledger()).map((f) => [f.status, f.rows, f.error])).toEqual([
      ['loaded', 0, EMPTY_FILE_NOTE],
      ['loaded', 0, EMPTY_FILE_NOTE],
    ]);
    expect([again.filesSkipped, again.filesEmpty]).toEqual([2, 0]);
  });

  it('reliability: a file with its header line only loads, with 0 rows', async () => {
    await drop.write(`${MOBILE}/${name('0600')}.csv`, [MOBILE_HEADER]);

    const summary = await sync();

    expect(summary.failures).toEqual([]);
    expect([summary.filesLoaded, summary.rowsLoaded]).toEqual([1, 0]);
    expect((await ledger()).map((f) => [f.status, f.rows, f.error])).toEqual([['loaded', 0, null]]);
  });

  it('reliability: the same content under a new name is a duplicate and changes nothing', async () => {
    const lines = [MOBILE_HEADER, ...records('P')];
    await drop.write(`${MOBILE}/${name('0600')}.csv`, lines);
    await sync();
    const before = await contentChecksums(database.handle.db);

    await drop.write(`${MOBILE}/${name('1800')}.csv`, lines);
    const summary = await sync();

    expect([summary.filesDuplicate, summary.filesLoaded, summary.rowsLoaded]).toEqual([1, 0, 0]);
    const after = await contentChecksums(database.handle.db);
    expect({ ...after, source_files: '' }).toEqual({ ...before, source_files: '' });
    expect((await ledger()).map((f) => [f.name, f.status, f.error])).toEqual([
      [`${name('0600')}.csv`, 'loaded', null],
      [`${name('1800')}.csv`, 'duplicate', `same content as ${MOBILE}/${name('0600')}.csv`],
    ]);
  });
});
