import { formatWallTime } from '../civil-time.ts';
import { formatDecimal } from '../money.ts';
import { PHONE_SPELLINGS, spellFrench, type PhoneSpelling } from '../phone.ts';
import type { Random } from '../random.ts';
import type { RateLine } from '../rating.ts';
import type { MobileCdr } from '../usage/types.ts';

/** The columns of RatedCDRs/MOBILE, and how one record is written in them. */

export const MOBILE_CDR_HEADER = [
  'CdrId',
  'CustomerId',
  'Msisdn',
  'Iccid',
  'EventType',
  'Direction',
  'CalledNumber',
  'StartTime',
  'Duration',
  'Volume',
  'Destination',
  'Zone',
  'Roaming',
  'Country',
  'UnitPrice',
  'Amount',
  'TariffCode',
];

/** Choices the platform makes row by row: how the number and the roaming flag are spelled. */
export interface RowStyle {
  readonly spelling: PhoneSpelling;
  readonly roaming: string;
}

const NO = ['0', 'N', 'non'];
const YES = ['1', 'O', 'oui'];

export function drawRowStyle(rng: Random, roaming: boolean): RowStyle {
  return { spelling: rng.pick(PHONE_SPELLINGS), roaming: rng.pick(roaming ? YES : NO) };
}

const priceTexts = new WeakMap<RateLine, string>();

/** A line's price as written, worked out once per line. */
export function priceText(line: RateLine): string {
  let text = priceTexts.get(line);
  if (text === undefined) {
    text = formatDecimal(line.price);
    priceTexts.set(line, text);
  }
  return text;
}

export function mobileCdrFields(cdr: MobileCdr, style: RowStyle): string[] {
  const { usage, line } = cdr;
  const voice = usage.type === 'VOICE';
  return [
    cdr.id,
    cdr.customerId,
    spellFrench(cdr.msisdn, style.spelling),
    cdr.iccid,
    usage.type,
    'OUT',
    usage.called,
    formatWallTime(cdr.start),
    voice ? String(usage.seconds ?? 0) : '',
    voice ? '' : String(usage.volume ?? ''),
    line.destination,
    line.zone,
    style.roaming,
    usage.country ?? '',
    priceText(line),
    formatDecimal(cdr.amount, { bareZero: true }),
    line.table,
  ];
}
