import { csvBytes, type CsvLayout } from '../csv.ts';
import { isReportedAt, lifecycleDates, statusAt } from '../model/lifecycle.ts';
import type { World } from '../model/types.ts';
import type { DropOutput } from '../output.ts';
import { stampedPath } from './names.ts';

/**
 * Account_XDSL snapshots: UTF-8 without BOM, LF; the first one ends without a line end. An
 * address holding `;` and a line break is quoted.
 */

const HEADER = [
  'CustomerId',
  'CustomerName',
  'AccessRef',
  'LineNumber',
  'Technology',
  'DownloadKbps',
  'UploadKbps',
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

const LAYOUT: CsvLayout = { encoding: 'utf-8', eol: '\n' };

export async function writeAccountXdsl(out: DropOutput, world: World): Promise<void> {
  for (const [index, time] of world.schedule.accountSnapshots.entries()) {
    const rows = world.xdslAccesses
      .filter((access) => isReportedAt(access.lifecycle, time))
      .map((access) => {
        const { customer } = access;
        return [
          customer.id,
          customer.name,
          access.accessRef,
          access.lineNumber,
          access.technology,
          String(access.downloadKbps),
          String(access.uploadKbps),
          access.offer.code,
          access.offer.label,
          statusAt(access.lifecycle, time),
          ...lifecycleDates(access.lifecycle, time),
          customer.street,
          customer.zipCode,
          customer.city,
          access.orderRef,
        ];
      });

    const layout: CsvLayout = index === 0 ? { ...LAYOUT, ending: 'none' } : LAYOUT;
    const path = stampedPath('Account_XDSL', 'Account_XDSL', world.vnoCode, time);
    await out.write(path, csvBytes(HEADER, rows, layout));
  }
}
