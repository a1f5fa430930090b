import { csvBytes, type CsvLayout } from '../csv.ts';
import { isReportedAt, lifecycleDates, statusAt } from '../model/lifecycle.ts';
import type { World } from '../model/types.ts';
import type { DropOutput } from '../output.ts';
import { frenchStatus, stampedPath } from './names.ts';

/** Account_VGA snapshots: UTF-8 with a BOM, CRLF; the second one says its statuses in French. */

const HEADER = [
  'CustomerId',
  'CustomerName',
  'LineNumber',
  'Offer',
  'OfferLabel',
  'Status',
  'ActivationDate',
  'TerminationDate',
  'Address',
  'ZipCode',
  'City',
  'OrderRef',
];

const LAYOUT: CsvLayout = { encoding: 'utf-8-bom', eol: '\r\n' };

/** The snapshot (by index) written with French status words. */
export const FRENCH_SNAPSHOT = 1;

export async function writeAccountVga(out: DropOutput, world: World): Promise<void> {
  for (const [index, time] of world.schedule.accountSnapshots.entries()) {
    const rows = world.vgaLines
      .filter((line) => isReportedAt(line.lifecycle, time))
      .map((line) => {
        const { customer, offer } = line;
        const status = statusAt(line.lifecycle, time);
        return [
          customer.id,
          customer.name,
          line.number,
          offer.code,
          offer.label,
          index === FRENCH_SNAPSHOT ? frenchStatus(status) : status,
          ...lifecycleDates(line.lifecycle, time),
          customer.street,
          customer.zipCode,
          customer.city,
          line.orderRef,
        ];
      });

    const path = stampedPath('Account_VGA', 'Account_VGA', world.vnoCode, time);
    await out.write(path, csvBytes(HEADER, rows, LAYOUT));
  }
}
