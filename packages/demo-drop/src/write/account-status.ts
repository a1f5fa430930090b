import { formatWallTime } from '../civil-time.ts';
import { csvBytes, type CsvLayout } from '../csv.ts';
import { changeAt, isReportedAt, lifecycleDates } from '../model/lifecycle.ts';
import type { SimCard, World } from '../model/types.ts';
import type { DropOutput } from '../output.ts';
import { PHONE_SPELLINGS, spellFrench } from '../phone.ts';
import { stampedPath } from './names.ts';

/**
 * AccountStatus snapshots (SIM cards), hourly: UTF-8, CRLF. Numbers come in all four
 * spellings, changing from one snapshot to the next.
 */

const HEADER = [
  'CustomerId',
  'CustomerName',
  'Msisdn',
  'Iccid',
  'Imsi',
  'Offer',
  'OfferLabel',
  'Status',
  'StatusDate',
  'ActivationDate',
  'TerminationDate',
];

const LAYOUT: CsvLayout = { encoding: 'utf-8', eol: '\r\n' };

function msisdnAt(sim: SimCard, time: number, spelling: number): string {
  if (sim.msisdn === undefined || (sim.msisdnFrom ?? -Infinity) > time) return '';
  return spellFrench(sim.msisdn, PHONE_SPELLINGS[spelling % PHONE_SPELLINGS.length] ?? 'national');
}

export async function writeAccountStatus(out: DropOutput, world: World): Promise<void> {
  for (const [index, time] of world.schedule.statusSnapshots.entries()) {
    const rows = world.sims
      .filter((sim) => isReportedAt(sim.lifecycle, time))
      .map((sim, row) => {
        const change = changeAt(sim.lifecycle, time);
        return [
          sim.customer.id,
          sim.customer.name,
          msisdnAt(sim, time, row + index),
          sim.iccid,
          sim.imsi,
          sim.offer.code,
          sim.offer.label,
          change.status,
          formatWallTime(change.at),
          ...lifecycleDates(sim.lifecycle, time),
        ];
      });

    const path = stampedPath('AccountStatus', 'AccountStatus', world.vnoCode, time);
    await out.write(path, csvBytes(HEADER, rows, LAYOUT));
  }
}
