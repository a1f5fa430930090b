/**
 * Billing assurance: every usage record re-rated against the rate tables, and what the
 * re-rating has covered so far.
 *
 * - `cdr_ratings`: one row per record of the four usage tables (`table_name`, `cdr_id`; a
 *   record id is unique per table), with the rate that priced it, the amount it gives and
 *   the difference with the wholesaler's amount. Re-rating a record replaces its row.
 * - `rated_files`: the files of usage records whose every record has a rating.
 * - `rated_tariffs`: for each table code, a digest of its rates when every record naming it
 *   was last rated; a different digest now means the table changed and its records are
 *   rated again.
 */
import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { CdrTableName } from './cdrs.ts';
import { bigNumber, decimal, instant, recordedAt } from './columns.ts';
import { eventType, rateService } from './enums.ts';
import { rates } from './rates.ts';
import { sourceFiles } from './source-files.ts';

export const RATING_STATUSES = ['rated', 'no-rate'] as const;
export type RatingStatus = (typeof RATING_STATUSES)[number];
export const ratingStatus = pgEnum('rating_status', RATING_STATUSES);

/** Why a record has no rate (`status = 'no-rate'`). */
export const NO_RATE_REASONS = ['no-tariff-code', 'no-table', 'no-prefix', 'no-number'] as const;
export type NoRateReason = (typeof NO_RATE_REASONS)[number];

export const cdrRatings = pgTable(
  'cdr_ratings',
  {
    /** `mobile_cdrs`, `fixed_cdrs`, `billed_mobile_cdrs` or `billed_fixed_cdrs`. */
    tableName: text('table_name').$type<CdrTableName>().notNull(),
    cdrId: text('cdr_id').notNull(),
    customerId: text('customer_id').notNull(),
    startedAt: instant('started_at').notNull(),
    service: rateService('service').notNull(),
    eventType: eventType('event_type').notNull(),
    /** The record's `TariffCode`: the code of the rate table that prices it. */
    tariffCode: text('tariff_code'),
    status: ratingStatus('status').notNull(),
    noRateReason: text('no_rate_reason').$type<NoRateReason>(),
    rateId: bigNumber('rate_id').references(() => rates.id, { onDelete: 'set null' }),
    /** Voice: the seconds billed once the increment applied. */
    billedSeconds: integer('billed_seconds'),
    /** What the rate gives, rounded half-up to 4 decimals; null without a rate. */
    expectedAmount: decimal('expected_amount', 14, 4),
    /** The wholesaler's amount for the record. */
    amount: decimal('amount', 14, 4).notNull(),
    /** `amount − expected_amount`: positive when the wholesaler charged more. */
    difference: decimal('difference', 14, 4),
    /** The record's file when it was rated: a record revised by a later file is rated again. */
    cdrFileId: bigNumber('cdr_file_id')
      .notNull()
      .references(() => sourceFiles.id),
    ratedAt: recordedAt('rated_at'),
  },
  (t) => [
    primaryKey({ name: 'cdr_ratings_pkey', columns: [t.tableName, t.cdrId] }),
    index('cdr_ratings_customer_started_idx').on(t.customerId, t.startedAt),
    index('cdr_ratings_rate_id_idx').on(t.rateId),
    index('cdr_ratings_cdr_file_id_idx').on(t.cdrFileId),
    // Few rows: the records the rates do not reproduce, listed by the reconciliation.
    index('cdr_ratings_discrepancy_idx')
      .on(t.tableName, t.startedAt)
      .where(sql`${t.status} <> 'rated' or ${t.difference} <> 0`),
  ],
);

export const ratedFiles = pgTable('rated_files', {
  sourceFileId: bigNumber('source_file_id')
    .primaryKey()
    .references(() => sourceFiles.id, { onDelete: 'cascade' }),
  /** Records of the file rated when it was marked. */
  records: integer('records').notNull(),
  ratedAt: recordedAt('rated_at'),
});

export const ratedTariffs = pgTable('rated_tariffs', {
  tableCode: text('table_code').primaryKey(),
  /** A digest (md5) of the code's rates, computed by the re-rating from `rates`. */
  ratesDigest: text('rates_digest').notNull(),
  ratedAt: recordedAt('rated_at'),
});
