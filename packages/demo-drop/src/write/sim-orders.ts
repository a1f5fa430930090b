import { compactDay, formatDay } from '../civil-time.ts';
import { csvBytes, type CsvLayout } from '../csv.ts';
import type { World } from '../model/types.ts';
import type { DropOutput } from '../output.ts';

/**
 * Cartes SIM: one listing per order with the cards' PIN and PUK codes, French headers,
 * Windows-1252 (`N°` is byte 0xB0), CRLF. Cards waiting for a number have no MSISDN.
 */

const HEADER = [
  'N° Commande',
  'Date commande',
  'ICCID',
  'IMSI',
  'MSISDN',
  'PIN1',
  'PUK1',
  'PIN2',
  'PUK2',
  'Format',
  'Profil',
];

const LAYOUT: CsvLayout = { encoding: 'windows-1252', eol: '\r\n' };

export async function writeSimOrders(out: DropOutput, world: World): Promise<void> {
  for (const order of world.simOrders) {
    const rows = order.sims.map((sim) => [
      order.ref,
      formatDay(order.day),
      sim.iccid,
      sim.imsi,
      sim.msisdnFrom === undefined ? (sim.msisdn ?? '') : '',
      sim.codes.pin1,
      sim.codes.puk1,
      sim.codes.pin2,
      sim.codes.puk2,
      sim.format,
      'PRO',
    ]);

    const path = `Cartes SIM/Commande_${order.ref}_${compactDay(order.day)}.csv`;
    await out.write(path, csvBytes(HEADER, rows, LAYOUT));
  }
}
