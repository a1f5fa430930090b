import { addDays, dayParts, parseDay } from './civil-time.ts';
import { DemoDropOptionError } from './errors.ts';
import { FIXED_CUSTOMERS } from './model/customers.ts';
import { buildWorld } from './model/world.ts';
import { DropOutput } from './output.ts';
import { Random } from './random.ts';
import { demoRateTables } from './rate-tables.ts';
import { RateBook } from './rating.ts';
import { bill } from './usage/billing.ts';
import { makeFixedCdrs } from './usage/fixed-cdrs.ts';
import { makeHighUsage } from './usage/high-usage.ts';
import { makeMobileCdrs } from './usage/mobile-cdrs.ts';
import { makeXdslCharges } from './usage/xdsl-charges.ts';
import { writeAccountStatus } from './write/account-status.ts';
import { writeAccountVga } from './write/account-vga.ts';
import { writeAccountVoip } from './write/account-voip.ts';
import { writeAccountXdsl } from './write/account-xdsl.ts';
import { writeBilledCdrs } from './write/billed-cdrs.ts';
import { writeDocuments } from './write/documents.ts';
import { writeHighUsage } from './write/high-usage.ts';
import { writeInvoices } from './write/invoices.ts';
import { writeRateTables } from './write/rate-tables.ts';
import { writeRatedFixed } from './write/rated-fixed.ts';
import { writeRatedMobile } from './write/rated-mobile.ts';
import { writeRatedXdsl } from './write/rated-xdsl.ts';
import { writeSimOrders } from './write/sim-orders.ts';

export interface DemoDropOptions {
  /** Same seed, same bytes. Default 42. */
  seed?: number;
  /** Default 40, at least 5. */
  customers?: number;
  /** Days of rated CDRs. Default 3. */
  days?: number;
  /** `yyyy-MM-dd`, default `2026-10-24` so the autumn clock change falls inside. */
  start?: string;
}

export interface DemoDropSummary {
  /** Relative paths, `/`-separated, sorted. */
  files: string[];
  customers: number;
  /** Lines, numbers, accesses and cards ever reported in a snapshot. */
  vgaLines: number;
  voipNumbers: number;
  xdslAccesses: number;
  sims: number;
  /** Distinct rated record ids (a record delivered twice counts once). */
  mobileCdrs: number;
  /** VGA and VoIP calls. */
  fixedCdrs: number;
  xdslCharges: number;
  invoices: number;
}

function wholeNumber(option: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DemoDropOptionError(option, value, `a whole number from ${min} to ${max}`);
  }
  return value;
}

/**
 * Writes a complete drop under `dir`: snapshots, rated and billed records, SIM orders, alerts,
 * rate tables, invoices, documents. Existing files of the same name are replaced; nothing
 * else in `dir` is touched.
 */
export async function generateDemoDrop(
  dir: string,
  options: DemoDropOptions = {},
): Promise<DemoDropSummary> {
  const seed = wholeNumber('seed', options.seed ?? 42, 0, 2 ** 32 - 1);
  const customers = wholeNumber('customers', options.customers ?? 40, FIXED_CUSTOMERS, 100_000);
  const days = wholeNumber('days', options.days ?? 3, 1, 62);
  const startText = options.start ?? '2026-10-24';
  const start = parseDay(startText);
  if (start === undefined) {
    throw new DemoDropOptionError('start', startText, 'a real date written yyyy-MM-dd');
  }

  const world = buildWorld({ seed, customers, start, days });
  const rng = new Random(seed);
  const tables = demoRateTables(dayParts(start).year, addDays(start, 1));
  const book = new RateBook(tables.flatMap((table) => table.lines));

  const mobile = makeMobileCdrs(rng.fork('mobile'), world, book);
  const { vga, voip } = makeFixedCdrs(rng.fork('fixed-cdrs'), world, book);
  const xdsl = makeXdslCharges(rng.fork('xdsl'), world);
  const months = bill(world, book, { mobile, vga, voip });
  const alerts = makeHighUsage(rng.fork('alerts'), world, mobile.records);

  const out = new DropOutput(dir);
  await writeAccountVga(out, world);
  await writeAccountVoip(out, world);
  await writeAccountXdsl(out, world);
  await writeAccountStatus(out, world);
  await writeRatedMobile(out, world, rng.fork('rated-style'), mobile);
  await writeRatedFixed(out, world, 'VGA', vga);
  await writeRatedFixed(out, world, 'VOIP', voip);
  await writeRatedXdsl(out, world, xdsl);
  await writeBilledCdrs(out, world, rng.fork('billed-style'), months);
  await writeSimOrders(out, world);
  await writeHighUsage(out, world, alerts);
  await writeRateTables(out, tables);
  await writeInvoices(out, world, months);
  await writeDocuments(out, world);

  return {
    files: out.files(),
    customers: world.customers.length,
    vgaLines: world.vgaLines.length,
    voipNumbers: world.voipNumbers.length,
    xdslAccesses: world.xdslAccesses.length,
    sims: world.sims.length,
    mobileCdrs: mobile.records.length,
    fixedCdrs: vga.records.length + voip.records.length,
    xdslCharges: xdsl.records.length,
    invoices: months.reduce((sum, month) => sum + month.invoices.length, 0),
  };
}
