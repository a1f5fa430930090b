import { formatDay } from '../civil-time.ts';
import { csvBytes } from '../csv.ts';
import type { World } from '../model/types.ts';
import { formatDecimal } from '../money.ts';
import type { DropOutput } from '../output.ts';
import type { Delivery, XdslCharge } from '../usage/types.ts';
import { stampedPath } from './names.ts';
import { RATED_LAYOUT } from './rated-mobile.ts';

/** RatedCDRs/XDSL: rated charges of xDSL accesses, UTF-8, CRLF, at 11:00 and 23:00. */

const HEADER = [
  'CdrId',
  'CustomerId',
  'AccessRef',
  'ChargeType',
  'Label',
  'PeriodStart',
  'PeriodEnd',
  'Quantity',
  'Amount',
];

export async function writeRatedXdsl(
  out: DropOutput,
  world: World,
  delivery: Delivery<XdslCharge>,
): Promise<void> {
  for (const [index, time] of world.schedule.xdslFiles.entries()) {
    const rows = (delivery.files[index] ?? []).map((charge) => [
      charge.id,
      charge.customerId,
      charge.accessRef,
      charge.type,
      charge.label,
      formatDay(charge.periodStart),
      formatDay(charge.periodEnd),
      formatDecimal(charge.quantity, { trim: true }),
      formatDecimal(charge.amount),
    ]);

    const path = stampedPath('RatedCDRs/XDSL', 'RatedCDRs_XDSL', world.vnoCode, time);
    await out.write(path, csvBytes(HEADER, rows, RATED_LAYOUT));
  }
}
