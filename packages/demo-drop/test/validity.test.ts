import { rm } from 'node:fs/promises';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDay } from '../src/civil-time.ts';
import {
  dataAmount,
  formatDecimal,
  parseDecimal,
  RateBook,
  unitAmount,
  voiceAmount,
  type DemoDropSummary,
  type RateLine,
  type Service,
  type UsageType,
} from '../src/index.ts';
import { generate, readFolder, type Row } from './support/drop.ts';

/** Every row of the default drop is valid for its format, and every amount re-rates exactly. */

let dir = '';
let summary: DemoDropSummary;

beforeAll(async () => {
  ({ dir, summary } = await generate('validity'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const rowsOf = async (folder: string): Promise<Row[]> =>
  (await readFolder(dir, summary.files, folder)).flatMap(({ rows }) => rows);

/** Luhn, written out again here so the check does not lean on the generator's own. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A phone as written → E.164, by the rules of FORMATS.md. */
function e164(raw: string): ReturnType<typeof parsePhoneNumberFromString> {
  if (raw.startsWith('+')) return parsePhoneNumberFromString(raw);
  if (raw.startsWith('00')) return parsePhoneNumberFromString(`+${raw.slice(2)}`);
  if (/^0\d{9}$/.test(raw)) return parsePhoneNumberFromString(raw, 'FR');
  if (/^\d{11,}$/.test(raw)) return parsePhoneNumberFromString(`+${raw}`);
  return undefined;
}

function realDate(text: string): boolean {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(text);
  if (!match) return false;
  const [day, month, year, hours, minutes, seconds] = match.slice(1).map((v) => Number(v ?? 0));
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day));
  const clock = (hours ?? 0) < 24 && (minutes ?? 0) < 60 && (seconds ?? 0) < 60;
  return date.getUTCDate() === day && date.getUTCMonth() + 1 === month && clock;
}

function dayOf(text: string): number {
  const [day, month, year] = text.slice(0, 10).split('/').map(Number);
  return makeDay(year ?? 0, month ?? 0, day ?? 0);
}

async function rateBook(): Promise<RateBook> {
  const rows = await rowsOf('Tables tarifaires');
  const lines = rows.map((row): RateLine => {
    const [first, next] = (row.Palier ?? '').split('/').map(Number);
    return {
      table: row['Code grille'] ?? '',
      service: row.Service as Service,
      type: row.Type as UsageType,
      prefix: row['Préfixe'] ?? '',
      destination: row.Destination ?? '',
      zone: row.Zone ?? '',
      price: parseDecimal(row['Prix HT'] ?? ''),
      setupFee: parseDecimal(row['Frais de connexion'] || '0'),
      ...(row.Palier ? { increment: { first: first ?? 0, next: next ?? 0 } } : {}),
      validFrom: dayOf(row['Début validité'] ?? ''),
      ...(row['Fin validité'] ? { validTo: dayOf(row['Fin validité']) } : {}),
    };
  });
  return new RateBook(lines);
}

/** What a record should cost, from the rate tables as written in the drop. */
function expected(
  book: RateBook,
  service: Service,
  row: Row,
): { line?: RateLine; amount?: bigint } {
  const type = (row.EventType ?? 'VOICE') as UsageType;
  const called = row.CalledNumber ?? '';
  const number = type === 'DATA' ? '' : (e164(called)?.number.slice(1) ?? called);
  const line = book.find(service, type, number, dayOf(row.StartTime ?? ''));
  if (!line) return {};

  const volume = Number(row.Volume);
  switch (type) {
    case 'VOICE':
      return { line, amount: voiceAmount(Number(row.Duration), line) };
    case 'DATA':
      return { line, amount: dataAmount(volume, line) };
    default:
      return { line, amount: unitAmount(volume, line) };
  }
}

describe('validity', () => {
  it('iccid: every ICCID has 19 or 20 digits from 8933 and a right Luhn digit', async () => {
    const iccids = [
      ...(await rowsOf('AccountStatus')).map((row) => row.Iccid),
      ...(await rowsOf('Cartes SIM')).map((row) => row.ICCID),
      ...(await rowsOf('RatedCDRs/MOBILE')).map((row) => row.Iccid),
      ...(await rowsOf('HighUsage')).map((row) => row.Iccid),
    ];

    expect(iccids.length).toBeGreaterThan(1000);
    const bad = iccids.filter(
      (iccid) => !/^8933\d{15,16}$/.test(iccid ?? '') || !luhnValid(iccid ?? ''),
    );
    expect(bad).toEqual([]);
  });

  it('phones: every number is a valid one, of the right kind', async () => {
    const checks: [string, string, string | undefined][] = [
      ['Account_VGA', 'LineNumber', 'FIXED_LINE'],
      ['Account_XDSL', 'LineNumber', 'FIXED_LINE'],
      ['Account_VoIP', 'SipNumber', 'VOIP'],
      ['AccountStatus', 'Msisdn', 'MOBILE'],
      ['Cartes SIM', 'MSISDN', 'MOBILE'],
      ['HighUsage', 'Msisdn', 'MOBILE'],
      ['RatedCDRs/MOBILE', 'Msisdn', 'MOBILE'],
      ['RatedCDRs/MOBILE', 'CalledNumber', undefined],
      ['RatedCDRs/VGA', 'LineNumber', 'FIXED_LINE'],
      ['RatedCDRs/VGA', 'CalledNumber', undefined],
      ['RatedCDRs/VOIP', 'LineNumber', 'VOIP'],
      ['RatedCDRs/VOIP', 'CalledNumber', undefined],
      ['BilledCDRs', 'CalledNumber', undefined],
    ];

    for (const [folder, column, kind] of checks) {
      const values = (await rowsOf(folder)).map((row) => row[column] ?? '');
      const phones = values.filter((value) => value !== '' && value !== '3179');
      const bad = phones.filter((raw) => {
        const phone = e164(raw);
        return !phone?.isValid() || (kind !== undefined && phone.getType() !== kind);
      });
      expect(bad, `${folder} ${column}`).toEqual([]);
    }
  });

  it('dates: every date and date-time is a real one', async () => {
    const all = (
      await Promise.all(
        [
          'Account_VGA',
          'Account_VoIP',
          'Account_XDSL',
          'AccountStatus',
          'RatedCDRs',
          'BilledCDRs',
          'Cartes SIM',
          'HighUsage',
          'Tables tarifaires',
          'Factures',
        ].map(rowsOf),
      )
    ).flat();
    const dated = all.flatMap((row) =>
      Object.values(row).filter((v) => /^\d{2}\/\d{2}\/\d{4}/.test(v)),
    );

    expect(dated.length).toBeGreaterThan(10_000);
    expect(dated.filter((value) => !realDate(value))).toEqual([]);
  });

  it('fields: codes, enums and identifiers have their format', async () => {
    const sims = await rowsOf('AccountStatus');
    const orders = await rowsOf('Cartes SIM');
    const mobile = await rowsOf('RatedCDRs/MOBILE');

    expect(sims.filter((row) => !/^208\d{12}$/.test(row.Imsi ?? ''))).toEqual([]);
    expect(
      orders.filter((row) => !/^\d{4}$/.test(row.PIN1 ?? '') || !/^\d{8}$/.test(row.PUK1 ?? '')),
    ).toEqual([]);
    expect(new Set(sims.map((row) => row.Status))).toEqual(
      new Set(['ACTIVE', 'SUSPENDED', 'TERMINATED', 'PREACTIVE', 'BARRED']),
    );
    expect(new Set(mobile.map((row) => row.EventType))).toEqual(
      new Set(['VOICE', 'SMS', 'MMS', 'DATA']),
    );
    const roaming = mobile.filter((row) => ['1', 'O', 'oui'].includes(row.Roaming ?? ''));
    expect(roaming.length).toBeGreaterThan(0);
    expect(roaming.filter((row) => !/^[A-Z]{2}$/.test(row.Country ?? ''))).toEqual([]);
    expect(
      mobile.filter((row) => !['0', 'N', 'non', '1', 'O', 'oui'].includes(row.Roaming ?? '')),
    ).toEqual([]);
  });

  it('amounts: every rated and billed amount re-rates exactly from the rate tables', async () => {
    const book = await rateBook();
    const files: [string, Service][] = [
      ['RatedCDRs/MOBILE', 'MOBILE'],
      ['BilledCDRs/MOBILE', 'MOBILE'],
      ['RatedCDRs/VGA', 'VGA'],
      ['RatedCDRs/VOIP', 'VOIP'],
    ];
    let checked = 0;

    for (const [folder, service] of files) {
      for (const row of await rowsOf(folder)) {
        const { line, amount } = expected(book, service, row);
        expect(amount, `${row.CdrId} ${row.CalledNumber}`).toBeDefined();
        expect(parseDecimal(row.Amount ?? ''), row.CdrId).toBe(amount);
        expect(row.UnitPrice, row.CdrId).toBe(formatDecimal(line?.price ?? -1n));
        expect(row.Destination, row.CdrId).toBe(line?.destination);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it('invoices: each invoice is the sum of its billed records, to the cent, plus 20 % VAT', async () => {
    const billed = await rowsOf('BilledCDRs');
    const recap = await rowsOf('Factures/Clients/202610');
    const sums = new Map<string, bigint>();
    for (const row of billed) {
      const invoice = row.InvoiceNumber ?? '';
      sums.set(invoice, (sums.get(invoice) ?? 0n) + parseDecimal(row.Amount ?? ''));
    }
    const cents = (units: bigint): bigint => ((units + 50n) / 100n) * 100n;
    const money = (text: string | undefined): bigint =>
      parseDecimal((text ?? '').replaceAll(' ', ''));

    expect(recap.map((row) => row.InvoiceNumber).sort()).toEqual([...sums.keys()].sort());
    for (const row of recap) {
      const excl = money(row.AmountExclTax);
      expect(excl, row.InvoiceNumber).toBe(cents(sums.get(row.InvoiceNumber ?? '') ?? -1n));
      expect(money(row.VatAmount)).toBe(cents(excl / 5n));
      expect(money(row.AmountInclTax)).toBe(excl + money(row.VatAmount));
    }
  });
});
