import { csvBytes, type CsvLayout } from '../csv.ts';
import { isReportedAt, lifecycleDates, statusAt } from '../model/lifecycle.ts';
import type { World } from '../model/types.ts';
import type { DropOutput } from '../output.ts';
import { stampedPath } from './names.ts';

/** Account_VoIP snapshots: Windows-1252 (offer labels carry `€` and `–`), LF. */

const HEADER = [
  'CustomerId',
  'CustomerName',
  'SipNumber',
  'SipAccount',
  'Channels',
  'Offer',
  'OfferLabel',
  'Status',
  'ActivationDate',
  'TerminationDate',
  'OrderRef',
];

const LAYOUT: CsvLayout = { encoding: 'windows-1252', eol: '\n' };

export async function writeAccountVoip(out: DropOutput, world: World): Promise<void> {
  for (const time of world.schedule.accountSnapshots) {
    const rows = world.voipNumbers
      .filter((number) => isReportedAt(number.lifecycle, time))
      .map((number) => [
        number.customer.id,
        number.customer.name,
        number.number,
        number.sipAccount,
        String(number.channels),
        number.offer.code,
        number.offer.label,
        statusAt(number.lifecycle, time),
        ...lifecycleDates(number.lifecycle, time),
        number.orderRef,
      ]);

    const path = stampedPath('Account_VoIP', 'Account_VoIP', world.vnoCode, time);
    await out.write(path, csvBytes(HEADER, rows, LAYOUT));
  }
}
