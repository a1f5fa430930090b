import { compactDay, formatDay } from '../civil-time.ts';
import { csvBytes, type CsvLayout } from '../csv.ts';
import { formatDecimal } from '../money.ts';
import type { DropOutput } from '../output.ts';
import type { RateTableFile } from '../rate-tables.ts';

/** Tables tarifaires: French headers, Windows-1252, CRLF, one file per table and validity. */

const HEADER = [
  'Code grille',
  'Service',
  'Type',
  'Préfixe',
  'Destination',
  'Zone',
  'Prix HT',
  'Frais de connexion',
  'Palier',
  'Début validité',
  'Fin validité',
];

const LAYOUT: CsvLayout = { encoding: 'windows-1252', eol: '\r\n' };

export async function writeRateTables(
  out: DropOutput,
  tables: readonly RateTableFile[],
): Promise<void> {
  for (const table of tables) {
    const rows = table.lines.map((line) => [
      line.table,
      line.service,
      line.type,
      line.prefix,
      line.destination,
      line.zone,
      formatDecimal(line.price),
      formatDecimal(line.setupFee, { bareZero: true }),
      line.increment ? `${line.increment.first}/${line.increment.next}` : '',
      formatDay(line.validFrom),
      line.validTo === undefined ? '' : formatDay(line.validTo),
    ]);

    const path = `Tables tarifaires/Tarifs_${table.code}_${compactDay(table.fileDay)}.csv`;
    await out.write(path, csvBytes(HEADER, rows, LAYOUT));
  }
}
