/**
 * The fixture drop (FORMATS.md made concrete) beside the values it must produce
 * (drop.expected.json). Every CSV is classified and read with zero rejected rows.
 */
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { classifyPath, normalizePhone, readCsv } from '../src/index.ts';
import type {
  CalledNumber,
  FamilyName,
  FileFacts,
  ParsedRow,
  Phone,
  RejectedRow,
} from '../src/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixtures = process.env.FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures');
const drop = path.join(fixtures, 'drop');
const expected = JSON.parse(readFileSync(path.join(fixtures, 'drop.expected.json'), 'utf8'));

interface ReadFile {
  readonly path: string;
  readonly facts: FileFacts;
  readonly rows: ParsedRow[];
  readonly rejected: RejectedRow[];
}

const files: ReadFile[] = [];

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => statSync(path.join(dir, entry)).isFile())
    .sort();
}

function family(name: FamilyName): ReadFile[] {
  return files
    .filter((file) => file.facts.format?.family === name)
    .sort((a, b) => a.path.localeCompare(b.path));
}

function rowsOf(name: FamilyName): ParsedRow[] {
  return family(name).flatMap((file) => file.rows);
}

const text = (row: ParsedRow, key: string) => row.values[key] as string;
const phone = (row: ParsedRow, key: string) => (row.values[key] as Phone | null)?.e164;
const e164 = (national: string) => normalizePhone(national).e164;

/** Decimal strings with up to 4 places summed exactly and rounded half-up to the cent. */
function sumToCents(amounts: readonly string[]): string {
  const units = amounts.reduce((sum, amount) => {
    const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
    const value = BigInt(whole + fraction.padEnd(4, '0'));
    return sum + (amount.startsWith('-') ? -value : value);
  }, 0n);
  const cents = (units + 50n) / 100n;
  return `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
}

beforeAll(async () => {
  for (const relative of listFiles(drop)) {
    const facts = classifyPath(relative);
    if (!facts?.format) {
      continue;
    }
    const file = await readCsv(
      { name: relative, open: () => createReadStream(path.join(drop, relative)) },
      facts.format,
    );
    const rows: ParsedRow[] = [];
    const rejected: RejectedRow[] = [];
    for await (const row of file.rows) {
      if (row.ok) {
        rows.push(row);
      } else {
        rejected.push(row);
      }
    }
    files.push({ path: relative, facts, rows, rejected });
  }
});

it('golden: the drop lists the files the expectations name', () => {
  expect(listFiles(drop)).toEqual([...expected.files].sort());
});

it('golden: every file classifies to the family or stored kind its folder implies', () => {
  const byFolder: [RegExp, FamilyName | string][] = [
    [/^Account_VGA\//, 'account-vga'],
    [/^Account_VoIP\//, 'account-voip'],
    [/^Account_XDSL\//, 'account-xdsl'],
    [/^AccountStatus\//, 'account-status'],
    [/^RatedCDRs\/MOBILE\//, 'rated-mobile'],
    [/^RatedCDRs\/VGA\//, 'rated-vga'],
    [/^RatedCDRs\/VOIP\//, 'rated-voip'],
    [/^RatedCDRs\/XDSL\//, 'rated-xdsl'],
    [/^BilledCDRs\/MOBILE\//, 'billed-mobile'],
    [/^BilledCDRs\/VGA\//, 'billed-vga'],
    [/^Cartes SIM\//, 'sim-order'],
    [/^HighUsage\//, 'high-usage'],
    [/^Tables tarifaires\//, 'rate-table'],
    [/^Factures\/Clients\/\d{6}\/Recap_/, 'invoice-summary'],
    [/^Factures\/Clients\/\d{6}\/.*\.pdf$/, 'invoice-pdf'],
    [/^Factures\/Intégrateur\//, 'wholesaler-invoice'],
    [/^Documents\//, 'document'],
    [/^Personnalisation\//, 'branding'],
  ];
  for (const relative of expected.files as string[]) {
    const facts = classifyPath(relative);
    const want = byFolder.find(([pattern]) => pattern.test(relative))?.[1];

    expect(facts?.format?.family ?? facts?.stored, relative).toBe(want);
  }
});

it('golden: every CSV parses with zero rejected rows', () => {
  const csvs = (expected.files as string[]).filter((relative) => relative.endsWith('.csv'));
  expect(files.map((file) => file.path)).toEqual([...csvs].sort());
  for (const file of files) {
    expect(file.rejected, file.path).toEqual([]);
    expect(file.rows.length, file.path).toBeGreaterThan(0);
  }
});

it('golden: records stamped in the repeated autumn hour are the first occurrence, marked', () => {
  const byId = new Map(rowsOf('rated-mobile').map((row) => [text(row, 'cdrId'), row]));
  for (const { cdrId, utc, ambiguous } of expected.dst_cdrs) {
    const row = byId.get(cdrId);

    expect((row?.values.startTime as Date).toISOString()).toBe(new Date(utc).toISOString());
    expect(row?.notes.ambiguousTime.includes('startTime')).toBe(ambiguous);
  }
});

it('golden: distinct rated record ids per service', () => {
  const distinct = (name: FamilyName) =>
    new Set(rowsOf(name).map((row) => text(row, 'cdrId'))).size;

  expect(distinct('rated-mobile')).toBe(expected.counts.mobile_cdrs);
  expect(distinct('rated-vga')).toBe(expected.counts.vga_cdrs);
  expect(distinct('rated-voip')).toBe(expected.counts.voip_cdrs);
  expect(distinct('rated-xdsl')).toBe(expected.counts.xdsl_charges);
  const mobileFiles = family('rated-mobile').filter((file) =>
    file.rows.some((row) => text(row, 'cdrId') === expected.mobile_duplicate_cdr),
  );
  expect(mobileFiles).toHaveLength(2);
});

it('golden: inventory counts (customers, lines, numbers, accesses, SIMs ever reported)', () => {
  const inventory = [
    ...rowsOf('account-vga'),
    ...rowsOf('account-voip'),
    ...rowsOf('account-xdsl'),
    ...rowsOf('account-status'),
  ];
  const distinct = (rows: ParsedRow[], read: (row: ParsedRow) => unknown) =>
    new Set(rows.map(read)).size;

  expect(distinct(inventory, (row) => text(row, 'customerId'))).toBe(expected.counts.customers);
  expect(distinct(rowsOf('account-vga'), (row) => phone(row, 'lineNumber'))).toBe(
    expected.counts.vga,
  );
  expect(distinct(rowsOf('account-voip'), (row) => phone(row, 'sipNumber'))).toBe(
    expected.counts.voip,
  );
  expect(distinct(rowsOf('account-xdsl'), (row) => text(row, 'accessRef'))).toBe(
    expected.counts.xdsl,
  );
  expect(distinct(rowsOf('account-status'), (row) => text(row, 'iccid'))).toBe(
    expected.counts.sims,
  );
});

it('golden: snapshots show status changes, dropped lines and barred SIMs', () => {
  const vga = family('account-vga');
  for (const [national, statuses] of Object.entries(expected.vga_status_changes)) {
    const seen = vga
      .map((file) => file.rows.find((row) => phone(row, 'lineNumber') === e164(national)))
      .map((row) => row?.values.status);
    expect(seen.filter((status, i) => status !== seen[i - 1])).toEqual(statuses);
  }

  const dropped = e164(expected.vga_dropped_after_second_snapshot);
  expect(vga.map((file) => file.rows.some((row) => phone(row, 'lineNumber') === dropped))).toEqual([
    true,
    true,
    false,
  ]);

  const sims = family('account-status');
  const statusOf = (file: ReadFile | undefined) =>
    file?.rows.find((row) => text(row, 'iccid') === expected.sim_barred_from_0300)?.values.status;
  expect(statusOf(sims.find((file) => file.path.endsWith('_0200.csv')))).not.toBe('BARRED');
  expect(statusOf(sims.find((file) => file.path.endsWith('_0300.csv')))).toBe('BARRED');
});

it('golden: the PUK of a SIM order listing', () => {
  const row = rowsOf('sim-order').find((r) => text(r, 'iccid') === expected.puk_sample.iccid);

  expect(row?.values.puk1).toBe(expected.puk_sample.puk1);
  expect(row?.raw).not.toContain(expected.puk_sample.puk1);
});

it('golden: one customer as the newest snapshots show it', () => {
  const sample = expected.customer_sample;
  const newest = (name: FamilyName) =>
    (family(name).at(-1)?.rows ?? []).filter(
      (row) => text(row, 'customerId') === sample.customerId,
    );

  expect(newest('account-vga')[0]?.values.customerName).toBe(sample.name);
  expect(
    newest('account-vga')
      .map((row) => phone(row, 'lineNumber'))
      .sort(),
  ).toEqual(sample.vgaLines.map(e164).sort());
  expect(newest('account-voip').map((row) => phone(row, 'sipNumber'))).toEqual(sample.voipNumbers);
  expect(
    newest('account-xdsl')
      .map((row) => text(row, 'accessRef'))
      .sort(),
  ).toEqual([...sample.xdslAccesses].sort());
  expect(
    newest('account-status')
      .map((row) => text(row, 'iccid'))
      .sort(),
  ).toEqual([...sample.simIccids].sort());

  const cdrsOf = (name: FamilyName) =>
    new Set(
      rowsOf(name)
        .filter((row) => text(row, 'customerId') === sample.customerId)
        .map((row) => text(row, 'cdrId')),
    ).size;
  expect(cdrsOf('rated-mobile')).toBe(sample.ratedMobileCdrs);
  expect(cdrsOf('rated-vga')).toBe(sample.ratedVgaCdrs);
  expect(
    rowsOf('invoice-summary')
      .filter((row) => text(row, 'customerId') === sample.customerId)
      .map((row) => text(row, 'invoiceNumber')),
  ).toEqual(sample.invoices);
});

it('golden: invoice summary against its billed records', () => {
  const { invoice, billed, summary } = expected.invoice_total_differs;
  const recap = rowsOf('invoice-summary');
  const billedRows = [...rowsOf('billed-mobile'), ...rowsOf('billed-vga')].filter(
    (row) => text(row, 'invoiceNumber') === invoice,
  );

  expect(recap).toHaveLength(expected.invoices);
  expect(recap.find((row) => text(row, 'invoiceNumber') === invoice)?.values.amountExclTax).toBe(
    summary,
  );
  expect(sumToCents(billedRows.map((row) => text(row, 'amount')))).toBe(billed);
  const pdfs = (expected.files as string[]).filter(
    (relative) => classifyPath(relative)?.stored === 'invoice-pdf',
  );
  expect(pdfs).toHaveLength(expected.invoices);
});

it('golden: rated and billed records line up where the expectations say they do not', () => {
  const ids = (name: FamilyName) => new Set(rowsOf(name).map((row) => text(row, 'cdrId')));
  const fixedRated = new Set([...ids('rated-vga'), ...ids('rated-voip')]);
  const fixedBilled = ids('billed-vga');
  const mobileBilled = ids('billed-mobile');

  expect([...fixedRated].filter((id) => !fixedBilled.has(id)).sort()).toEqual(
    expected.fixed_rated_not_billed,
  );
  expect([...fixedBilled].filter((id) => !fixedRated.has(id)).sort()).toEqual(
    expected.fixed_billed_never_rated,
  );
  expect([...ids('rated-mobile')].filter((id) => !mobileBilled.has(id)).sort()).toEqual(
    expected.mobile_rated_not_billed,
  );

  const amountIn = (name: FamilyName) =>
    rowsOf(name).find((row) => text(row, 'cdrId') === expected.mobile_billed_amount_differs)?.values
      .amount;
  expect(amountIn('billed-mobile')).not.toBe(amountIn('rated-mobile'));
});

it('golden: every phone number of the drop is accepted; called numbers are all real numbers', () => {
  const called = [...rowsOf('rated-mobile'), ...rowsOf('rated-vga'), ...rowsOf('rated-voip')]
    .map((row) => row.values.calledNumber as CalledNumber | null)
    .filter((number) => number !== null);

  expect(called.length).toBeGreaterThan(0);
  expect(called.filter((number) => number.e164 === null)).toEqual([]);
});
