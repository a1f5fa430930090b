/**
 * The columns of the usage records (CDRs), shared by the rated tables and the billed ones.
 * A billed record repeats the rated record it bills (same `cdr_id`) and adds the invoice.
 */
import { boolean, integer, text } from 'drizzle-orm/pg-core';
import { bigNumber, decimal, extra, instant, recordedAt } from './columns.ts';
import { direction, eventType, fixedService } from './enums.ts';
import { provenance } from './provenance.ts';

/** Identity of a record: the partition key `started_at` and the customer are part of it. */
function cdrKey() {
  return {
    customerId: text('customer_id').notNull(),
    cdrId: text('cdr_id').notNull(),
    startedAt: instant('started_at').notNull(),
  };
}

/** Destination, price and bookkeeping columns common to mobile and fixed records. */
function cdrTail() {
  return {
    destination: text('destination'),
    zone: text('zone'),
    unitPrice: decimal('unit_price', 12, 4),
    amount: decimal('amount', 14, 4).notNull(),
    tariffCode: text('tariff_code'),
    /** `started_at` fell in the repeated autumn hour; the first occurrence was taken. */
    timeAmbiguous: boolean('time_ambiguous').notNull().default(false),
    extra: extra(),
    ...provenance(),
    loadedAt: recordedAt('loaded_at'),
    updatedAt: recordedAt('updated_at'),
  };
}

export function mobileCdrColumns() {
  return {
    ...cdrKey(),
    /** E.164. */
    msisdn: text('msisdn').notNull(),
    msisdnRaw: text('msisdn_raw').notNull(),
    iccid: text('iccid'),
    eventType: eventType('event_type').notNull(),
    direction: direction('direction'),
    /** E.164 when the called number is a phone number; null for short codes and data. */
    calledNumber: text('called_number'),
    calledNumberRaw: text('called_number_raw'),
    calledIsPhone: boolean('called_is_phone'),
    durationS: integer('duration_s'),
    /** Kilobytes for data, a count for SMS and MMS. */
    volume: bigNumber('volume'),
    roaming: boolean('roaming'),
    /** ISO 3166 alpha-2 when roaming. */
    country: text('country'),
    ...cdrTail(),
  };
}

export function fixedCdrColumns() {
  return {
    service: fixedService('service').notNull(),
    ...cdrKey(),
    /** The calling line, E.164. */
    lineNumber: text('line_number').notNull(),
    lineNumberRaw: text('line_number_raw').notNull(),
    calledNumber: text('called_number'),
    calledNumberRaw: text('called_number_raw').notNull(),
    calledIsPhone: boolean('called_is_phone').notNull(),
    durationS: integer('duration_s').notNull(),
    ...cdrTail(),
  };
}

/** What a billed record adds to the rated one. */
export function billingColumns() {
  return {
    /** `YYYY-MM`. */
    billingPeriod: text('billing_period').notNull(),
    invoiceNumber: text('invoice_number'),
  };
}
