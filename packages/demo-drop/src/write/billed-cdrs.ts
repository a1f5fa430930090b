import { csvBytes, type CsvLayout } from '../csv.ts';
import type { World } from '../model/types.ts';
import type { DropOutput } from '../output.ts';
import type { Random } from '../random.ts';
import type { MonthBilling } from '../usage/billing.ts';
import { drawRowStyle, MOBILE_CDR_HEADER, mobileCdrFields } from './mobile-cdr-row.ts';
import { FIXED_CDR_HEADER, fixedCdrFields } from './rated-fixed.ts';

/**
 * BilledCDRs/MOBILE and BilledCDRs/VGA, one file each a month: the rated columns, then the
 * billing period and the invoice. Numbers may be spelled differently from the rated files.
 */

const BILLED_COLUMNS = ['BillingPeriod', 'InvoiceNumber'];
const MOBILE_LAYOUT: CsvLayout = { encoding: 'utf-8', eol: '\r\n', ending: 'none' };
const FIXED_LAYOUT: CsvLayout = { encoding: 'utf-8', eol: '\r\n' };

export async function writeBilledCdrs(
  out: DropOutput,
  world: World,
  rng: Random,
  months: readonly MonthBilling[],
): Promise<void> {
  for (const month of months) {
    const mobileRows = month.mobile.map(({ record, invoice }) => [
      ...mobileCdrFields(record, drawRowStyle(rng, record.usage.country !== undefined)),
      month.period,
      invoice,
    ]);
    const fixedRows = month.fixed.map(({ record, invoice }) => [
      ...fixedCdrFields(record),
      month.period,
      invoice,
    ]);

    const mobilePath = `BilledCDRs/MOBILE/BilledCDRs_MOBILE_${world.vnoCode}_${month.period}.csv`;
    const fixedPath = `BilledCDRs/VGA/BilledCDRs_VGA_${world.vnoCode}_${month.period}.csv`;
    await out.write(
      mobilePath,
      csvBytes([...MOBILE_CDR_HEADER, ...BILLED_COLUMNS], mobileRows, MOBILE_LAYOUT),
    );
    await out.write(
      fixedPath,
      csvBytes([...FIXED_CDR_HEADER, ...BILLED_COLUMNS], fixedRows, FIXED_LAYOUT),
    );
  }
}
