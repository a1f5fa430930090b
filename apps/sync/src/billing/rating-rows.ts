/**
 * From a record read from the database to its rating, and to the row of `cdr_ratings` that
 * keeps it. Pure: the rating itself is `@vnodrop/billing`'s.
 */
import {
  amountDifference,
  rateUsage,
  ratingNumber,
  type RateBook,
  type Usage,
} from '@vnodrop/billing';
import type { CdrTableName, NoRateReason, RatingStatus } from '@vnodrop/db';
import type { RecordRow } from './record-tables.ts';

/** A row of `cdr_ratings`, by column name, as the batch insert sends it. */
export interface RatingRow {
  table_name: CdrTableName;
  cdr_id: string;
  customer_id: string;
  started_at: string;
  service: RecordRow['service'];
  event_type: RecordRow['event_type'];
  tariff_code: string | null;
  status: RatingStatus;
  no_rate_reason: NoRateReason | null;
  rate_id: number | null;
  billed_seconds: number | null;
  expected_amount: string | null;
  amount: string;
  difference: string | null;
  cdr_file_id: number;
}

export function toUsage(record: RecordRow): Usage {
  return {
    tariffCode: record.tariff_code,
    service: record.service,
    eventType: record.event_type,
    startedAt: new Date(record.started_at),
    number: ratingNumber(record.called_number, record.called_number_raw),
    durationS: record.duration_s === null ? null : Number(record.duration_s),
    volume: record.volume === null ? null : Number(record.volume),
  };
}

/** Rates `record` with `book` and gives the row that keeps the result. */
export function rateRecord(table: CdrTableName, record: RecordRow, book: RateBook): RatingRow {
  const rating = rateUsage(toUsage(record), book);
  const rated = rating.status === 'rated';

  return {
    table_name: table,
    cdr_id: record.cdr_id,
    customer_id: record.customer_id,
    started_at: record.started_at,
    service: record.service,
    event_type: record.event_type,
    tariff_code: record.tariff_code,
    status: rating.status,
    no_rate_reason: rated ? null : rating.reason,
    rate_id: rated ? rating.rate.id : null,
    billed_seconds: rated ? rating.billedSeconds : null,
    expected_amount: rated ? rating.expectedAmount : null,
    amount: record.amount,
    difference: rated ? amountDifference(record.amount, rating.expectedAmount) : null,
    cdr_file_id: Number(record.source_file_id),
  };
}
