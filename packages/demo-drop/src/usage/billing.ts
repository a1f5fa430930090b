import {
  addDays,
  dayOf,
  firstOfMonth,
  makeDay,
  monthKey,
  wallTime,
  type Day,
} from '../civil-time.ts';
import { DemoDropError } from '../errors.ts';
import type { Customer, World } from '../model/types.ts';
import { roundTo } from '../money.ts';
import { toInternational } from '../phone.ts';
import { voiceAmount, type RateBook } from '../rating.ts';
import { recordId, type Delivery, type FixedCdr, type MobileCdr } from './types.ts';

/**
 * The month's billing: the rated records of each month, with their invoice. On purpose, the
 * last records rated are not billed yet, and one billed call was never delivered as rated
 * (rated before the drop's period). An invoice is the sum of its records, to the cent.
 */

export interface Invoice {
  readonly number: string;
  readonly customer: Customer;
  readonly date: Day;
  readonly dueDate: Day;
  readonly exclTax: bigint;
  readonly vat: bigint;
  readonly inclTax: bigint;
}

export interface Billed<T> {
  readonly record: T;
  readonly invoice: string;
}

export interface MonthBilling {
  /** `YYYYMM`. */
  readonly period: string;
  readonly mobile: readonly Billed<MobileCdr>[];
  /** VGA and VoIP calls alike. */
  readonly fixed: readonly Billed<FixedCdr>[];
  readonly invoices: readonly Invoice[];
}

export interface BillingInput {
  readonly mobile: Delivery<MobileCdr>;
  readonly vga: Delivery<FixedCdr>;
  readonly voip: Delivery<FixedCdr>;
}

const NOT_YET_BILLED = 2;

function lastOf<T>(delivery: Delivery<T>, count: number): T[] {
  return [...(delivery.files.at(-1) ?? [])].slice(-count);
}

/** A call made early in the month whose rated file is no longer in the drop. */
function neverRated(world: World, book: RateBook, sequence: number): FixedCdr {
  const line = world.vgaLines[0];
  if (!line) throw new DemoDropError('The demo has no VGA line to bill.');

  const called = '0605966018';
  const start = wallTime(firstOfMonth(world.start), 10);
  const rate = book.find('VGA', 'VOICE', toInternational(called), dayOf(start));
  if (!rate) throw new DemoDropError(`No VGA rate for "${called}".`);

  const id = recordId('V', sequence);
  const amount = voiceAmount(1590, rate);
  return {
    id,
    service: 'VGA',
    customerId: line.customer.id,
    lineNumber: line.number,
    called,
    start,
    seconds: 1590,
    line: rate,
    amount,
  };
}

export function bill(world: World, book: RateBook, input: BillingInput): MonthBilling[] {
  const held = new Set([
    ...lastOf(input.mobile, NOT_YET_BILLED),
    ...lastOf(input.vga, NOT_YET_BILLED),
  ]);
  const extra = neverRated(world, book, input.vga.records.length + 1);
  const mobile = input.mobile.records.filter((cdr) => !held.has(cdr));
  const fixed = [extra, ...input.vga.records, ...input.voip.records].filter(
    (cdr) => !held.has(cdr),
  );

  const months = [
    ...new Set([...mobile, ...fixed].map((cdr) => monthKey(dayOf(cdr.start)))),
  ].sort();
  return months.map((period) => {
    const inMonth = <T extends { start: number }>(cdr: T): boolean =>
      monthKey(dayOf(cdr.start)) === period;
    const monthMobile = mobile.filter(inMonth);
    const monthFixed = fixed.filter(inMonth).sort((a, b) => a.id.localeCompare(b.id));
    const invoices = invoicesOf(world, period, [...monthMobile, ...monthFixed]);
    const numberOf = new Map(invoices.map((invoice) => [invoice.customer.id, invoice.number]));
    const withInvoice = <T extends { customerId: string }>(record: T): Billed<T> => ({
      record,
      invoice: numberOf.get(record.customerId) ?? '',
    });

    return {
      period,
      mobile: monthMobile.map(withInvoice),
      fixed: monthFixed.map(withInvoice),
      invoices,
    };
  });
}

function invoicesOf(
  world: World,
  period: string,
  records: readonly (MobileCdr | FixedCdr)[],
): Invoice[] {
  const totals = new Map<string, bigint>();
  for (const record of records) {
    totals.set(record.customerId, (totals.get(record.customerId) ?? 0n) + record.amount);
  }

  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(4));
  const date = makeDay(year, month + 1, 5);

  return world.customers
    .filter((customer) => totals.has(customer.id))
    .map((customer, index) => {
      const exclTax = roundTo(totals.get(customer.id) ?? 0n, 2);
      const vat = roundTo(exclTax / 5n, 2);
      const number = `FAC-${period}-${String(index + 1).padStart(4, '0')}`;
      return {
        number,
        customer,
        date,
        dueDate: addDays(date, 30),
        exclTax,
        vat,
        inclTax: exclTax + vat,
      };
    });
}
