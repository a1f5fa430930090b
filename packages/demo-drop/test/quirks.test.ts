import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoDropSummary } from '../src/index.ts';
import { bytesOf, generate, readCsv, readFolder, type Row } from './support/drop.ts';

/** Each oddity of real drops that the default demo drop carries on purpose, checked on bytes. */

let dir = '';
let summary: DemoDropSummary;

beforeAll(async () => {
  ({ dir, summary } = await generate('quirks'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const filesIn = (folder: string): string[] =>
  summary.files.filter((f) => f.startsWith(`${folder}/`));
const first = (folder: string): string => filesIn(folder)[0] ?? '';
const last = (folder: string): string => filesIn(folder).at(-1) ?? '';
const crlfOnly = (bytes: Buffer): boolean => !/(?<!\r)\n/.test(bytes.toString('latin1'));
const byKey = (rows: Row[], key: string): Map<string, Row> =>
  new Map(rows.map((r) => [r[key] ?? '', r]));

describe('quirks', () => {
  it('encoding: Account_VGA is UTF-8 with a BOM, AccountStatus UTF-8 without', async () => {
    const vga = await bytesOf(dir, first('Account_VGA'));
    const sims = await bytesOf(dir, first('AccountStatus'));

    expect([...vga.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(sims.subarray(0, 3).toString('latin1')).toBe('Cus');
    expect(sims.toString('utf8')).toContain('Lefèvre');
  });

  it('encoding: Account_VoIP is Windows-1252, with € (0x80) and ’ (0x92)', async () => {
    const voip = await bytesOf(dir, first('Account_VoIP'));

    expect(voip.includes(0x80)).toBe(true);
    expect(voip.includes(0x92)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(voip)).toThrow();
    const order = await bytesOf(dir, first('Cartes SIM'));
    expect([...order.subarray(0, 2)]).toEqual([0x4e, 0xb0]);
  });

  it('line ends: CRLF files, LF files, a missing last line end, a trailing blank line', async () => {
    const rated = await bytesOf(dir, first('RatedCDRs/MOBILE'));
    const xdslFirst = await bytesOf(dir, first('Account_XDSL'));
    const xdslLast = await bytesOf(dir, last('Account_XDSL'));
    const billed = await bytesOf(dir, 'BilledCDRs/MOBILE/BilledCDRs_MOBILE_VNO042_202610.csv');
    const alerts = await bytesOf(dir, first('HighUsage'));

    expect(crlfOnly(rated) && rated.includes('\r\n')).toBe(true);
    expect(xdslLast.includes('\r')).toBe(false);
    expect(xdslLast.at(-1)).toBe(0x0a);
    expect(xdslFirst.at(-1)).not.toBe(0x0a);
    expect(billed.subarray(-2).toString()).not.toBe('\r\n');
    expect(alerts.subarray(-4).toString()).toBe('\r\n\r\n');
  });

  it('quoting: a field holding ; and a line break, and one holding double quotes', async () => {
    const xdsl = (await bytesOf(dir, first('Account_XDSL'))).toString('utf8');
    const sims = (await bytesOf(dir, first('AccountStatus'))).toString('utf8');

    expect(xdsl).toContain(';"ZA de la Lande; Bât. C\n3 rue des Forges";');
    expect(sims).toContain(';"Bar ""Le Zinc""";');
    const rows = await readCsv(dir, first('Account_XDSL'));
    expect(rows.map((row) => row.Address)).toContain('ZA de la Lande; Bât. C\n3 rue des Forges');
  });

  it('phones: all four spellings of mobile numbers appear', async () => {
    const rows = await readCsv(dir, first('AccountStatus'));
    const msisdns = rows.map((row) => row.Msisdn ?? '');

    expect(msisdns.some((m) => /^0[67]\d{8}$/.test(m))).toBe(true);
    expect(msisdns.some((m) => /^33[67]\d{8}$/.test(m))).toBe(true);
    expect(msisdns.some((m) => /^\+33[67]\d{8}$/.test(m))).toBe(true);
    expect(msisdns.some((m) => /^0033[67]\d{8}$/.test(m))).toBe(true);
    expect(msisdns).toContain('');
  });

  it('snapshots: one VGA snapshot speaks French, statuses change, a line disappears', async () => {
    const snapshots = await readFolder(dir, summary.files, 'Account_VGA');
    const statuses = snapshots.map(({ rows }) => new Set(rows.map((row) => row.Status)));

    expect(statuses[1]).toEqual(new Set(['Actif', 'Suspendu', 'Résilié']));
    expect(statuses.filter((set) => set.has('Actif'))).toHaveLength(1);
    const [start, second] = snapshots.map(({ rows }) => byKey(rows, 'LineNumber'));
    const suspended = [...(second?.values() ?? [])].find((row) => row.Status === 'Suspendu');
    expect(start?.get(suspended?.LineNumber ?? '')?.Status).toBe('ACTIVE');

    const before = byKey(snapshots.at(-2)?.rows ?? [], 'LineNumber');
    const newest = byKey(snapshots.at(-1)?.rows ?? [], 'LineNumber');
    expect([...before.keys()].filter((line) => !newest.has(line))).toHaveLength(1);
    const added = [...newest.keys()].filter((line) => !start?.has(line));
    expect(added).toHaveLength(1);
  });

  it('snapshots: a SIM becomes BARRED in the 03:00 snapshot', async () => {
    const at2 = byKey(
      await readCsv(dir, 'AccountStatus/AccountStatus_VNO042_20261024_0200.csv'),
      'Iccid',
    );
    const at3 = await readCsv(dir, 'AccountStatus/AccountStatus_VNO042_20261024_0300.csv');
    const barred = at3.filter((row) => row.Status === 'BARRED');

    expect(barred).toHaveLength(1);
    expect(at2.get(barred[0]?.Iccid ?? '')?.Status).toBe('ACTIVE');
  });

  it('rated: one CdrId is delivered in two files', async () => {
    const files = await readFolder(dir, summary.files, 'RatedCDRs/MOBILE');
    const seen = new Map<string, string[]>();
    for (const { file, rows } of files) {
      for (const row of rows)
        seen.set(row.CdrId ?? '', [...(seen.get(row.CdrId ?? '') ?? []), file]);
    }

    const twice = [...seen].filter(([, where]) => where.length > 1);
    expect(twice).toHaveLength(1);
    expect(new Set(twice[0]?.[1]).size).toBe(2);
  });

  it('rated: records stamped 25/10/2026 02:30:00, in the repeated autumn hour', async () => {
    const rows = (await readFolder(dir, summary.files, 'RatedCDRs/MOBILE')).flatMap((f) => f.rows);
    expect(
      rows.filter((row) => row.StartTime === '25/10/2026 02:30:00').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('rated: a short code, comma decimals, and bare 0 for a free call', async () => {
    const rows = (await readFolder(dir, summary.files, 'RatedCDRs/MOBILE')).flatMap((f) => f.rows);

    expect(rows.some((row) => row.CalledNumber === '3179')).toBe(true);
    expect(rows.every((row) => /^(0|\d+,\d{4})$/.test(row.Amount ?? ''))).toBe(true);
    expect(rows.every((row) => /^\d+,\d{4}$/.test(row.UnitPrice ?? ''))).toBe(true);
    expect(rows.some((row) => row.Amount === '0')).toBe(true);
  });

  it('billing: some rated records are not billed, one billed call was never rated', async () => {
    const rated = (await readFolder(dir, summary.files, 'RatedCDRs')).flatMap((f) => f.rows);
    const billed = (await readFolder(dir, summary.files, 'BilledCDRs')).flatMap((f) => f.rows);
    const ratedIds = new Set(rated.filter((r) => !r.CdrId?.startsWith('X')).map((r) => r.CdrId));
    const billedIds = new Set(billed.map((row) => row.CdrId));

    expect([...ratedIds].filter((id) => !billedIds.has(id))).toHaveLength(4);
    expect([...billedIds].filter((id) => !ratedIds.has(id))).toHaveLength(1);
    expect(
      billed.every(
        (row) =>
          row.BillingPeriod === '202610' && /^FAC-202610-\d{4}$/.test(row.InvoiceNumber ?? ''),
      ),
    ).toBe(true);
  });

  it('invoices: amounts use a space between thousands', async () => {
    const recap = await readCsv(dir, 'Factures/Clients/202610/Recap_202610.csv');

    expect(recap.some((row) => /^\d{1,3}( \d{3})+,\d{2}$/.test(row.AmountExclTax ?? ''))).toBe(
      true,
    );
    expect(recap.every((row) => /^\d{1,3}( \d{3})*,\d{2}$/.test(row.AmountInclTax ?? ''))).toBe(
      true,
    );
  });

  it('rate tables: the mobile table changes during the period', async () => {
    const [before, after] = await Promise.all(
      filesIn('Tables tarifaires')
        .filter((f) => f.includes('MOB'))
        .map((f) => readCsv(dir, f)),
    );
    const data = (rows: Row[] | undefined) => rows?.find((row) => row.Type === 'DATA');

    expect(data(before)?.['Fin validité']).toBe('24/10/2026');
    expect(data(after)?.['Début validité']).toBe('25/10/2026');
    expect(data(before)?.['Prix HT']).not.toBe(data(after)?.['Prix HT']);
  });

  it('files: the PDFs and the logo are well-formed', async () => {
    const pdf = await bytesOf(dir, first('Factures/Clients/202610'));
    const png = await bytesOf(dir, 'Personnalisation/logo.png');
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf.toString('latin1'))?.[1]);

    expect(pdf.subarray(0, 8).toString()).toBe('%PDF-1.4');
    expect(pdf.subarray(startxref, startxref + 4).toString()).toBe('xref');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});
