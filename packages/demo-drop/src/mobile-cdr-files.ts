import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  addDays,
  dayOf,
  dayParts,
  fileStamp,
  lastOfMonth,
  makeDay,
  wallTime,
  type WallTime,
} from './civil-time.ts';
import { csvLine } from './csv.ts';
import { DemoDropOptionError } from './errors.ts';
import { SimIdentityPool } from './iccid.ts';
import { existingTime } from './model/lifecycle.ts';
import { NumberPool } from './phone.ts';
import { Random } from './random.ts';
import { demoRateTables } from './rate-tables.ts';
import { RateBook } from './rating.ts';
import { drawMobileUsage, priceMobileUsage } from './usage/mobile-usage.ts';
import { streamLines } from './stream-lines.ts';
import { recordId } from './usage/types.ts';
import { drawRowStyle, MOBILE_CDR_HEADER, mobileCdrFields } from './write/mobile-cdr-row.ts';

/**
 * Many RatedCDRs/MOBILE rows for load tests, streamed to disk in chunks (waiting for the
 * stream to drain), so memory stays flat whatever the row count. Rows are valid and rated
 * from the demo's mobile table; ids are unique across all files.
 */

export interface CdrFileOptions {
  rows: number;
  files: number;
  /** Default 42. */
  seed?: number;
  /** Default 1000. */
  customers?: number;
  /** Default 5. */
  simsPerCustomer?: number;
  /** `yyyy-MM`, the month the records fall in. Default `2026-10`. */
  month?: string;
}

export interface CdrFilesResult {
  /** Relative paths, `/`-separated. */
  files: string[];
  rows: number;
  bytes: number;
}

interface Card {
  readonly customerId: string;
  readonly msisdn: string;
  readonly iccid: string;
}

function checkCount(option: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new DemoDropOptionError(option, value, `a whole number of at least ${min}`);
  }
  return value;
}

function parseMonth(text: string): number {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (!match) throw new DemoDropOptionError('month', text, 'a month written yyyy-MM');
  return makeDay(Number(match[1]), Number(match[2]), 1);
}

function makeCards(rng: Random, customers: number, perCustomer: number): Card[] {
  const numbers = new NumberPool(rng.fork('numbers'));
  const identities = new SimIdentityPool(rng.fork('iccids'));
  return Array.from({ length: customers * perCustomer }, (_, i) => ({
    customerId: `C${String(Math.floor(i / perCustomer) + 1).padStart(6, '0')}`,
    msisdn: numbers.mobile(),
    iccid: identities.next().iccid,
  }));
}

/** Extraction times spread over the month, a minute apart at least. */
function extractionTimes(firstDay: number, files: number): WallTime[] {
  const minutes = (lastOfMonth(firstDay) - firstDay + 1) * 24 * 60;
  if (files > minutes) {
    throw new DemoDropOptionError('files', files, `at most ${minutes} for one month`);
  }

  const times = Array.from({ length: files }, (_, i) =>
    existingTime(wallTime(firstDay) + Math.floor(((i + 1) * minutes) / files) * 60),
  );
  if (new Set(times.map(fileStamp)).size !== times.length) {
    throw new DemoDropOptionError('files', files, 'fewer, so that each file gets its own minute');
  }
  return times;
}

export async function generateMobileCdrFiles(
  dir: string,
  options: CdrFileOptions,
): Promise<CdrFilesResult> {
  const rows = checkCount('rows', options.rows, 0);
  const fileCount = checkCount('files', options.files, 1);
  const rng = new Random(checkCount('seed', options.seed ?? 42, 0));
  const firstDay = parseMonth(options.month ?? '2026-10');
  const cards = makeCards(
    rng.fork('cards'),
    checkCount('customers', options.customers ?? 1000, 1),
    checkCount('simsPerCustomer', options.simsPerCustomer ?? 5, 1),
  );
  const times = extractionTimes(firstDay, fileCount);
  const book = new RateBook(
    demoRateTables(dayParts(firstDay).year, addDays(firstDay, 14)).flatMap((table) => table.lines),
  );

  const firstCard = cards[0];
  if (!firstCard) throw new DemoDropOptionError('customers', options.customers, 'at least 1');
  const header = csvLine(MOBILE_CDR_HEADER);
  const folder = join(dir, 'RatedCDRs', 'MOBILE');
  await mkdir(folder, { recursive: true });
  const usageRng = rng.fork('usage');
  const result: CdrFilesResult = { files: [], rows, bytes: 0 };
  let sequence = 0;

  for (const [index, to] of times.entries()) {
    const from = index === 0 ? wallTime(firstDay) : (times[index - 1] ?? to);
    const count =
      Math.floor((rows * (index + 1)) / fileCount) - Math.floor((rows * index) / fileCount);
    const name = `RatedCDRs_MOBILE_VNO042_${fileStamp(to)}.csv`;

    const row = (k: number): string => {
      const card = cards[usageRng.int(0, cards.length - 1)] ?? firstCard;
      const spread = Math.floor(((k + usageRng.next()) * (to - from)) / count);
      const start = Math.min(existingTime(from + spread), to - 1);
      const usage = drawMobileUsage(usageRng);
      const { line, amount } = priceMobileUsage(book, usage, dayOf(start));
      const cdr = { id: recordId('M', (sequence += 1)), ...card, usage, start, line, amount };
      return csvLine(mobileCdrFields(cdr, drawRowStyle(usageRng, usage.country !== undefined)));
    };

    result.bytes += await streamLines(join(folder, name), header, count, row);
    result.files.push(`RatedCDRs/MOBILE/${name}`);
  }
  return result;
}
