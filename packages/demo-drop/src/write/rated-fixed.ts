import { formatWallTime } from '../civil-time.ts';
import { csvBytes } from '../csv.ts';
import type { World } from '../model/types.ts';
import { formatDecimal } from '../money.ts';
import type { DropOutput } from '../output.ts';
import type { Delivery, FixedCdr } from '../usage/types.ts';
import { stampedPath } from './names.ts';
import { RATED_LAYOUT } from './rated-mobile.ts';

/** RatedCDRs/VGA and RatedCDRs/VOIP: calls from fixed lines, UTF-8, CRLF. */

export const FIXED_CDR_HEADER = [
  'CdrId',
  'CustomerId',
  'LineNumber',
  'CalledNumber',
  'StartTime',
  'Duration',
  'Destination',
  'Zone',
  'UnitPrice',
  'Amount',
  'TariffCode',
];

export function fixedCdrFields(cdr: FixedCdr): string[] {
  return [
    cdr.id,
    cdr.customerId,
    cdr.lineNumber,
    cdr.called,
    formatWallTime(cdr.start),
    String(cdr.seconds),
    cdr.line.destination,
    cdr.line.zone,
    formatDecimal(cdr.line.price),
    formatDecimal(cdr.amount, { bareZero: true }),
    cdr.line.table,
  ];
}

export async function writeRatedFixed(
  out: DropOutput,
  world: World,
  service: 'VGA' | 'VOIP',
  delivery: Delivery<FixedCdr>,
): Promise<void> {
  const times = service === 'VGA' ? world.schedule.vgaFiles : world.schedule.voipFiles;
  for (const [index, time] of times.entries()) {
    const rows = (delivery.files[index] ?? []).map(fixedCdrFields);
    const path = stampedPath(`RatedCDRs/${service}`, `RatedCDRs_${service}`, world.vnoCode, time);
    await out.write(path, csvBytes(FIXED_CDR_HEADER, rows, RATED_LAYOUT));
  }
}
