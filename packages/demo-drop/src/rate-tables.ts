import { addDays, makeDay, type Day } from './civil-time.ts';
import { parseDecimal } from './money.ts';
import type { RateLine, Service, UsageType } from './rating.ts';

/**
 * The demo's rate tables: a mobile table that changes on a given day (two files, each with
 * its validity) and a fixed-voice table for VGA lines and VoIP numbers.
 */

export interface RateTableFile {
  readonly code: string;
  /** The day in the file name: the first day the file's lines are valid. */
  readonly fileDay: Day;
  readonly lines: readonly RateLine[];
}

/** prefix, destination, zone, price, setup fee, increment (voice). */
type Row = readonly [string, string, string, string, string, string?];

const MOBILE_VOICE: readonly Row[] = [
  ['33', 'France Fixe', 'NAT', '0.0100', '0', '30/1'],
  ['336', 'France Mobile', 'NAT', '0.0120', '0', '30/1'],
  ['337', 'France Mobile', 'NAT', '0.0120', '0', '30/1'],
  ['339', 'France VoIP', 'NAT', '0.0100', '0', '30/1'],
  ['3389', 'Numéros spéciaux', 'SVA', '0.3500', '0.0800', '60/60'],
  ['3179', 'Numéro court', 'SVA', '0', '0', '60/60'],
  ['32', 'Belgique', 'EU', '0.0450', '0', '30/1'],
  ['49', 'Allemagne', 'EU', '0.0450', '0', '30/1'],
  ['44', 'Royaume-Uni', 'EU', '0.0450', '0', '30/1'],
  ['41', 'Suisse', 'Z1', '0.1500', '0', '60/60'],
  ['1', 'États-Unis/Canada', 'Z1', '0.0600', '0', '60/60'],
  ['212', 'Maroc', 'Z2', '0.3200', '0', '60/60'],
  ['2126', 'Maroc Mobile', 'Z2', '0.4100', '0', '60/60'],
  ['2127', 'Maroc Mobile', 'Z2', '0.4100', '0', '60/60'],
  ['216', 'Tunisie', 'Z2', '0.2900', '0', '60/60'],
  ['225', 'Côte d’Ivoire', 'Z3', '0.4500', '0.0500', '1/1'],
];

/** What changes on the change day: Morocco mobile and data get cheaper. */
const MOBILE_CHANGES: Readonly<Record<string, string>> = {
  '2126': '0.3800',
  '2127': '0.3800',
  DATA: '0.0018',
};

const FIXED_VOICE: readonly Row[] = [
  ['33', 'France Fixe', 'NAT', '0.0110', '0.0150', '60/60'],
  ['336', 'France Mobile', 'NAT', '0.0450', '0.0150', '60/60'],
  ['337', 'France Mobile', 'NAT', '0.0450', '0.0150', '60/60'],
  ['339', 'France VoIP', 'NAT', '0.0110', '0.0150', '60/60'],
  ['3389', 'Numéros spéciaux', 'SVA', '0.3500', '0.0800', '60/60'],
  ['32', 'Belgique', 'EU', '0.0390', '0.0150', '60/60'],
  ['49', 'Allemagne', 'EU', '0.0390', '0.0150', '60/60'],
  ['44', 'Royaume-Uni', 'EU', '0.0390', '0.0150', '60/60'],
  ['41', 'Suisse', 'Z1', '0.0900', '0.0150', '60/60'],
  ['1', 'États-Unis/Canada', 'Z1', '0.0250', '0.0150', '60/60'],
  ['212', 'Maroc', 'Z2', '0.2500', '0.0150', '60/60'],
  ['2126', 'Maroc Mobile', 'Z2', '0.3800', '0.0150', '60/60'],
  ['2127', 'Maroc Mobile', 'Z2', '0.3800', '0.0150', '60/60'],
  ['216', 'Tunisie', 'Z2', '0.2900', '0.0150', '60/60'],
  ['225', 'Côte d’Ivoire', 'Z3', '0.4000', '0.0150', '60/60'],
];

interface Validity {
  readonly table: string;
  readonly validFrom: Day;
  readonly validTo?: Day;
}

function line(service: Service, type: UsageType, row: Row, validity: Validity): RateLine {
  const [prefix, destination, zone, price, setupFee, increment] = row;
  const [first, next] = (increment ?? '').split('/').map(Number);
  return {
    ...validity,
    service,
    type,
    prefix,
    destination,
    zone,
    price: parseDecimal(price),
    setupFee: parseDecimal(setupFee),
    ...(first !== undefined && next !== undefined && increment
      ? { increment: { first, next } }
      : {}),
  };
}

function mobileLines(validity: Validity, changed: boolean): RateLine[] {
  const price = (key: string, base: string): string =>
    changed ? (MOBILE_CHANGES[key] ?? base) : base;
  return [
    ...MOBILE_VOICE.map((row) =>
      line(
        'MOBILE',
        'VOICE',
        [row[0], row[1], row[2], price(row[0], row[3]), row[4], row[5]],
        validity,
      ),
    ),
    line('MOBILE', 'SMS', ['33', 'SMS France', 'NAT', '0.0090', '0'], validity),
    line('MOBILE', 'MMS', ['33', 'MMS France', 'NAT', '0.0350', '0'], validity),
    line('MOBILE', 'DATA', ['', 'Data France', 'NAT', price('DATA', '0.0020'), '0'], validity),
  ];
}

function fixedLines(validity: Validity): RateLine[] {
  return (['VGA', 'VOIP'] as const).flatMap((service) =>
    FIXED_VOICE.map((row) => line(service, 'VOICE', row, validity)),
  );
}

/** The tables of `year`; the mobile one changes on `changeDay` (after 1 January). */
export function demoRateTables(year: number, changeDay: Day): RateTableFile[] {
  const newYear = makeDay(year, 1, 1);
  const mobile = `GRILLE-MOB-${year}`;
  const fixed = `GRILLE-FIXE-${year}`;
  const before: Validity = { table: mobile, validFrom: newYear, validTo: addDays(changeDay, -1) };

  return [
    { code: fixed, fileDay: newYear, lines: fixedLines({ table: fixed, validFrom: newYear }) },
    { code: mobile, fileDay: newYear, lines: mobileLines(before, false) },
    {
      code: mobile,
      fileDay: changeDay,
      lines: mobileLines({ table: mobile, validFrom: changeDay }, true),
    },
  ];
}
