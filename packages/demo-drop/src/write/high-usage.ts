import { formatDay, formatWallTime } from '../civil-time.ts';
import { csvBytes, type CsvLayout } from '../csv.ts';
import type { World } from '../model/types.ts';
import { divideHalfUp, formatDecimal } from '../money.ts';
import type { DropOutput } from '../output.ts';
import { PHONE_SPELLINGS, spellFrench } from '../phone.ts';
import type { AlertFile } from '../usage/high-usage.ts';
import { stampedPath } from './names.ts';

/** HighUsage alerts: UTF-8, CRLF, and a blank line at the end of the file. */

const HEADER = [
  'CustomerId',
  'Msisdn',
  'Iccid',
  'PeriodStart',
  'VolumeMB',
  'ThresholdMB',
  'Level',
  'DetectedAt',
];

const LAYOUT: CsvLayout = { encoding: 'utf-8', eol: '\r\n', ending: 'blank-line' };

/** Kilobytes as megabytes with one decimal, rounded half-up: `3407,4`. */
function megabytes(kilobytes: number): string {
  const tenths = divideHalfUp(BigInt(kilobytes) * 10n, 1024n);
  return formatDecimal(tenths * 1000n, { places: 1 });
}

export async function writeHighUsage(
  out: DropOutput,
  world: World,
  files: readonly AlertFile[],
): Promise<void> {
  for (const [index, file] of files.entries()) {
    const rows = file.alerts.map((alert, row) => [
      alert.sim.customer.id,
      spellFrench(alert.sim.msisdn ?? '', PHONE_SPELLINGS[(index + row + 1) % 4] ?? 'national'),
      alert.sim.iccid,
      formatDay(alert.periodStart),
      megabytes(alert.usedKb),
      String(alert.sim.allowanceMb),
      String(alert.level),
      formatWallTime(alert.detectedAt),
    ]);

    const path = stampedPath('HighUsage', 'HighUsage', world.vnoCode, file.extractedAt);
    await out.write(path, csvBytes(HEADER, rows, LAYOUT));
  }
}
