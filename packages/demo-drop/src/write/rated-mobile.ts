import { csvBytes, type CsvLayout } from '../csv.ts';
import type { World } from '../model/types.ts';
import type { DropOutput } from '../output.ts';
import type { Random } from '../random.ts';
import type { Delivery, MobileCdr } from '../usage/types.ts';
import { drawRowStyle, MOBILE_CDR_HEADER, mobileCdrFields } from './mobile-cdr-row.ts';
import { stampedPath } from './names.ts';

/** RatedCDRs/MOBILE: UTF-8, CRLF, four files a day. */

export const RATED_LAYOUT: CsvLayout = { encoding: 'utf-8', eol: '\r\n' };

export async function writeRatedMobile(
  out: DropOutput,
  world: World,
  rng: Random,
  delivery: Delivery<MobileCdr>,
): Promise<void> {
  for (const [index, time] of world.schedule.mobileFiles.entries()) {
    const records = delivery.files[index] ?? [];
    const rows = records.map((cdr) =>
      mobileCdrFields(cdr, drawRowStyle(rng, cdr.usage.country !== undefined)),
    );

    const path = stampedPath('RatedCDRs/MOBILE', 'RatedCDRs_MOBILE', world.vnoCode, time);
    await out.write(path, csvBytes(MOBILE_CDR_HEADER, rows, RATED_LAYOUT));
  }
}
