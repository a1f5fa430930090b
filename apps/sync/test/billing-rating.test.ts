import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { listRatingDiscrepancies, selectRows, type Database } from '@vnodrop/db';
import {
  BACKENDS,
  copyTree,
  createTestDatabase,
  makeTempDir,
  type TestDatabase,
} from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rerate } from '../src/billing/rerate.ts';
import { runSync } from '../src/run/run-sync.ts';
import { openSource } from '../src/sources/index.ts';
import { expectedBilling } from './support/billing-expected.ts';
import { expected, fixtureDrop } from './support/fixture.ts';

async function syncFolder(database: TestDatabase, folder: string) {
  const source = await openSource(pathToFileURL(folder).href);
  try {
    return await runSync({ source, database: database.handle });
  } finally {
    await source.close();
  }
}

type RatingRow = {
  table_name: string;
  cdr_id: string;
  status: string;
  expected_amount: string | null;
  amount: string;
  difference: string | null;
  prefix: string | null;
  price: string | null;
  valid_from: string | null;
  rated_at: string;
};

function ratings(db: Database, where = sql`true`) {
  return selectRows<RatingRow>(
    db,
    sql`select x.table_name, x.cdr_id, x.status::text as status,
               x.expected_amount::text as expected_amount, x.amount::text as amount,
               x.difference::text as difference, r.prefix, r.price::text as price,
               r.valid_from::text as valid_from, x.rated_at::text as rated_at
        from cdr_ratings x left join rates r on r.id = x.rate_id
        where ${where}
        order by x.table_name, x.cdr_id`,
  );
}

describe.each(BACKENDS)('re-rating the fixture drop (%s)', (kind) => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.handle.db;
    await syncFolder(database, fixtureDrop);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('rating: every record is rated by the sync, each exactly as the wholesaler did', async () => {
    const all = await ratings(db);
    const records =
      expected.counts.mobile_cdrs! + expected.counts.vga_cdrs! + expected.counts.voip_cdrs!;

    expect(
      all.filter((r) => r.table_name === 'mobile_cdrs' || r.table_name === 'fixed_cdrs'),
    ).toHaveLength(records);
    expect(all.filter((r) => r.status !== 'rated')).toEqual([]);
    expect(
      all
        .filter((r) => r.difference !== '0.0000')
        .map((r) => [r.table_name, r.cdr_id, r.difference]),
    ).toEqual([['billed_mobile_cdrs', expectedBilling.mobile_billed_amount_differs, '0.1000']]);
  });

  it('rating: the rating discrepancies are the one billed record whose amount differs', async () => {
    const found = await listRatingDiscrepancies(db);

    expect(found).toEqual([
      expect.objectContaining({
        table: 'billed_mobile_cdrs',
        cdrId: expectedBilling.mobile_billed_amount_differs,
        status: 'rated',
        eventType: 'DATA',
        amount: '0.3546',
        expectedAmount: '0.2546',
        difference: '0.1000',
      }),
    ]);
    expect(await listRatingDiscrepancies(db, { tables: ['mobile_cdrs', 'fixed_cdrs'] })).toEqual(
      [],
    );
  });

  it('rating: each record is priced by the longest prefix of its table valid that day', async () => {
    const byId = new Map((await ratings(db)).map((r) => [`${r.table_name}/${r.cdr_id}`, r]));

    // Maroc Mobile changed price on 1 October; a call of 5 s at 60/60 costs one minute.
    expect(byId.get('mobile_cdrs/M420000007')).toMatchObject({
      prefix: '2126',
      price: '0.3800',
      valid_from: '2026-10-01',
      expected_amount: '0.3800',
    });
    // Special numbers: 3389 rather than 33; 0 s costs nothing, not even the setup fee.
    expect(byId.get('mobile_cdrs/M420000002')).toMatchObject({
      prefix: '3389',
      expected_amount: '0.0000',
    });
    expect(byId.get('fixed_cdrs/V420000066')).toMatchObject({
      prefix: '216',
      expected_amount: '0.3050',
    });
    expect(byId.get('mobile_cdrs/M420000001')).toMatchObject({
      prefix: null,
      expected_amount: '0.0787',
    });
    // 248,448 kB at 0.0020 a megabyte is 0.48525 exactly: rounded half-up.
    expect(byId.get('mobile_cdrs/M420000150')).toMatchObject({ expected_amount: '0.4853' });
  });

  it('rating: a second sync and an incremental re-rating change no rating', async () => {
    const before = await ratings(db);

    await syncFolder(database, fixtureDrop);
    const again = await rerate(db, { mode: 'incremental' });

    expect(again).toMatchObject({ files: 0, records: 0, written: 0, changedTariffs: [] });
    expect(await ratings(db)).toEqual(before);
  });

  it('rating: a full re-rating reads every record and finds nothing to change', async () => {
    const summary = await rerate(db, { mode: 'full', batchSize: 50 });

    expect(summary).toMatchObject({ records: 662, rated: 662, noRate: 0, differing: 1 });
    expect(summary).toMatchObject({ written: 0, removed: 0, stopped: false });
  });

  it('rating: a new rate table re-rates the records of its code, and only those', async () => {
    const drop = path.join(await makeTempDir('vnodrop-rates-'), 'drop');
    await copyTree(fixtureDrop, drop);
    const tables = path.join(drop, 'Tables tarifaires');
    await writeFile(
      path.join(tables, 'Tarifs_GRILLE-MOB-2026_20261025.csv'),
      [
        'Code grille;Service;Type;Préfixe;Destination;Zone;Prix HT;Frais de connexion;Palier;' +
          'Début validité;Fin validité',
        'GRILLE-MOB-2026;MOBILE;DATA;;Data France;NAT;0,0030;0;;25/10/2026;',
      ].join('\r\n'),
    );
    const fixedBefore = await ratings(db, sql`x.table_name in ('fixed_cdrs', 'billed_fixed_cdrs')`);

    await syncFolder(database, drop);

    const data = await ratings(db, sql`x.table_name = 'mobile_cdrs' and x.event_type = 'DATA'`);
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((r) => r.price === '0.0030' && r.valid_from === '2026-10-25')).toBe(true);
    expect(data.find((r) => r.cdr_id === 'M420000001')).toMatchObject({
      expected_amount: '0.1180',
      difference: '-0.0393',
    });
    const voice = await ratings(db, sql`x.table_name = 'mobile_cdrs' and x.event_type = 'VOICE'`);
    expect(voice.every((r) => r.difference === '0.0000')).toBe(true);
    expect(await ratings(db, sql`x.table_name in ('fixed_cdrs', 'billed_fixed_cdrs')`)).toEqual(
      fixedBefore,
    );
    expect(await rerate(db, { mode: 'incremental' })).toMatchObject({ records: 0, written: 0 });
  });
});
