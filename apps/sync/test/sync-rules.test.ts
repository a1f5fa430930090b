import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectRows } from '@vnodrop/db';
import { runSync } from '../src/run/run-sync.ts';
import { exitCodeOf } from '../src/run/summary.ts';
import { openSource } from '../src/sources/index.ts';
import {
  DropBuilder,
  MOBILE_HEADER,
  mobileRow,
  VGA_HEADER,
  vgaRow,
} from './support/drop-builder.ts';

const MOBILE = 'RatedCDRs/MOBILE';

describe.each(BACKENDS)('sync rules (%s)', (kind) => {
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

  it('rejects: a bad row is kept aside with file, line and reason; the rest loads', async () => {
    await drop.write(`${MOBILE}/RatedCDRs_MOBILE_VNO042_20261025_0600.csv`, [
      MOBILE_HEADER,
      mobileRow('M1'),
      mobileRow('M2', { msisdn: '11223344' }),
      'M3;C000001;0612345678',
      mobileRow('M4'),
    ]);

    const summary = await sync();

    expect(summary.rowsRejected).toBe(2);
    expect(summary.rowsLoaded).toBe(2);
    expect(exitCodeOf(summary), 'the exit code says rows were set aside').toBe(2);
    const rejected = await rows<{
      line: number;
      column: string | null;
      reason: string;
      path: string;
    }>(
      sql`select r.line, r.column, r.reason, f.path from rejected_rows r
          join source_files f on f.id = r.source_file_id order by r.line`,
    );
    expect(rejected.map((r) => [r.line, r.column])).toEqual([
      [3, 'Msisdn'],
      [4, null],
    ]);
    expect(rejected[1]!.reason).toContain('3 fields, expected 17');
    expect(rejected[0]!.path).toBe(`${MOBILE}/RatedCDRs_MOBILE_VNO042_20261025_0600.csv`);
  });

  it('rejects: a file without a required column is rejected whole, with that reason', async () => {
    await drop.write(`${MOBILE}/RatedCDRs_MOBILE_VNO042_20261025_0600.csv`, [
      MOBILE_HEADER.replace(';Amount', ''),
      'M1;C000001;0612345678;;VOICE;OUT;0687654321;25/10/2026 10:00:00;61;;;;0;;0,0120;GRILLE',
    ]);

    const summary = await sync();

    expect(summary.filesRejected).toBe(1);
    expect(exitCodeOf(summary)).toBe(2);
    const [file] = await rows<{ status: string; error: string }>(
      sql`select status, error from source_files`,
    );
    expect(file?.status).toBe('rejected');
    expect(file?.error).toMatch(/Amount/);
    expect(await rows(sql`select 1 from mobile_cdrs`)).toHaveLength(0);
  });

  it('cdrs: a file of 6,000 records loads in full', async () => {
    const lines = [MOBILE_HEADER];
    for (let i = 0; i < 6_000; i += 1) lines.push(mobileRow(`M${i}`));
    await drop.write(`${MOBILE}/RatedCDRs_MOBILE_VNO042_20261025_0600.csv`, lines);

    const summary = await sync();

    expect(summary.rowsLoaded).toBe(6_000);
    expect(await rows(sql`select 1 from mobile_cdrs`)).toHaveLength(6_000);
  });

  it('cdrs: the same key twice in a file, spelled two ways, keeps the last line', async () => {
    await drop.write(`${MOBILE}/RatedCDRs_MOBILE_VNO042_20261025_0600.csv`, [
      MOBILE_HEADER,
      mobileRow('M1', { msisdn: '0612345678', amount: '0,0240' }),
      mobileRow('M1', { msisdn: '+33612345678', amount: '0,0360' }),
    ]);

    const summary = await sync();

    expect(summary.rowsDuplicate).toBe(1);
    const cdrs = await rows<{ msisdn: string; amount: string; source_line: number }>(
      sql`select msisdn, amount::text, source_line from mobile_cdrs`,
    );
    expect(cdrs).toEqual([{ msisdn: '+33612345678', amount: '0.0360', source_line: 3 }]);
  });

  it('cdrs: a newer file with other values wins; the earlier values stay in history', async () => {
    await drop.write(`${MOBILE}/RatedCDRs_MOBILE_VNO042_20261025_0600.csv`, [
      MOBILE_HEADER,
      mobileRow('M1', { amount: '0,0240' }),
    ]);
    await sync();
    await drop.write(`${MOBILE}/RatedCDRs_MOBILE_VNO042_20261025_1200.csv`, [
      MOBILE_HEADER,
      mobileRow('M1', { amount: '0,0480' }),
    ]);

    await sync();

    const [cdr] = await rows<{ amount: string }>(sql`select amount::text from mobile_cdrs`);
    expect(cdr?.amount).toBe('0.0480');
    const history = await rows<{ amount: string }>(
      sql`select values->>'amount' as amount from cdr_revisions where cdr_id = 'M1'`,
    );
    expect(history.map((h) => Number(h.amount))).toEqual([0.024]);
  });

  it('snapshots: an older snapshot adds history but never overwrites current state', async () => {
    await drop.write('Account_VGA/Account_VGA_VNO042_20261025_0800.csv', [
      VGA_HEADER,
      vgaRow('0140000001', 'SUSPENDED'),
    ]);
    await sync();
    await drop.write('Account_VGA/Account_VGA_VNO042_20261025_0400.csv', [
      VGA_HEADER,
      vgaRow('0140000001', 'ACTIVE'),
      vgaRow('0140000002', 'ACTIVE'),
    ]);

    await sync();

    const lines = await rows<{ number: string; status: string; reported: boolean }>(
      sql`select number, status, reported from vga_lines order by number`,
    );
    expect(lines).toEqual([
      { number: '+33140000001', status: 'SUSPENDED', reported: true },
      { number: '+33140000002', status: 'ACTIVE', reported: false },
    ]);
    const history = await rows<{ status: string; previous: string | null }>(
      sql`select status, previous_status as previous from status_changes
          where subject_key = '+33140000001' and event = 'status' order by observed_at`,
    );
    expect(history).toEqual([
      { status: 'ACTIVE', previous: null },
      { status: 'SUSPENDED', previous: 'ACTIVE' },
    ]);
  });

  it('snapshots: a line absent from the newest snapshot is kept, marked no longer reported', async () => {
    await drop.write('Account_VGA/Account_VGA_VNO042_20261025_0400.csv', [
      VGA_HEADER,
      vgaRow('0140000001', 'ACTIVE'),
      vgaRow('0140000002', 'Actif'),
    ]);
    await drop.write('Account_VGA/Account_VGA_VNO042_20261025_0800.csv', [
      VGA_HEADER,
      vgaRow('0140000001', 'Résilié'),
    ]);

    await sync();

    const lines = await rows<{ status: string; reported: boolean }>(
      sql`select status, reported from vga_lines order by number`,
    );
    expect(lines).toEqual([
      { status: 'TERMINATED', reported: true },
      { status: 'ACTIVE', reported: false },
    ]);
    const events = await rows<{ event: string }>(
      sql`select event from status_changes where subject_key = '+33140000002' order by observed_at`,
    );
    expect(events.map((e) => e.event)).toEqual(['status', 'dropped']);
  });
});
