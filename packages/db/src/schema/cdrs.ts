/**
 * Usage records, rated (daily) and billed (monthly). The four tables are partitioned by
 * range of `started_at`, one partition per UTC month (see README, "Partitioned tables", and
 * `ensureCdrPartitions`).
 *
 * The primary key is (customer_id, cdr_id, started_at): a key of a partitioned table must
 * hold the partition key, and it holds the customer so that the tables can be distributed
 * by customer (Citus-style sharding, or one partition tree per customer group) without
 * changing any key. `cdr_id` alone is unique per the drop, and indexed for lookups. The
 * records of one file are found by `(source_file_id, cdr_id)` (the re-rating reads them so).
 */
import { index, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { billingColumns, fixedCdrColumns, mobileCdrColumns } from './cdr-columns.ts';

export const mobileCdrs = pgTable('mobile_cdrs', mobileCdrColumns(), (t) => [
  primaryKey({ name: 'mobile_cdrs_pkey', columns: [t.customerId, t.cdrId, t.startedAt] }),
  index('mobile_cdrs_cdr_id_idx').on(t.cdrId),
  index('mobile_cdrs_customer_started_idx').on(t.customerId, t.startedAt),
  index('mobile_cdrs_msisdn_started_idx').on(t.msisdn, t.startedAt),
  index('mobile_cdrs_iccid_started_idx').on(t.iccid, t.startedAt),
  index('mobile_cdrs_source_file_idx').on(t.sourceFileId, t.cdrId),
]);

export const fixedCdrs = pgTable('fixed_cdrs', fixedCdrColumns(), (t) => [
  primaryKey({ name: 'fixed_cdrs_pkey', columns: [t.customerId, t.cdrId, t.startedAt] }),
  index('fixed_cdrs_cdr_id_idx').on(t.cdrId),
  index('fixed_cdrs_customer_started_idx').on(t.customerId, t.startedAt),
  index('fixed_cdrs_line_started_idx').on(t.lineNumber, t.startedAt),
  index('fixed_cdrs_source_file_idx').on(t.sourceFileId, t.cdrId),
]);

export const billedMobileCdrs = pgTable(
  'billed_mobile_cdrs',
  { ...mobileCdrColumns(), ...billingColumns() },
  (t) => [
    primaryKey({
      name: 'billed_mobile_cdrs_pkey',
      columns: [t.customerId, t.cdrId, t.startedAt],
    }),
    index('billed_mobile_cdrs_cdr_id_idx').on(t.cdrId),
    index('billed_mobile_cdrs_customer_started_idx').on(t.customerId, t.startedAt),
    index('billed_mobile_cdrs_msisdn_started_idx').on(t.msisdn, t.startedAt),
    index('billed_mobile_cdrs_iccid_started_idx').on(t.iccid, t.startedAt),
    index('billed_mobile_cdrs_invoice_number_idx').on(t.invoiceNumber),
    index('billed_mobile_cdrs_source_file_idx').on(t.sourceFileId, t.cdrId),
  ],
);

export const billedFixedCdrs = pgTable(
  'billed_fixed_cdrs',
  { ...fixedCdrColumns(), ...billingColumns() },
  (t) => [
    primaryKey({ name: 'billed_fixed_cdrs_pkey', columns: [t.customerId, t.cdrId, t.startedAt] }),
    index('billed_fixed_cdrs_cdr_id_idx').on(t.cdrId),
    index('billed_fixed_cdrs_customer_started_idx').on(t.customerId, t.startedAt),
    index('billed_fixed_cdrs_line_started_idx').on(t.lineNumber, t.startedAt),
    index('billed_fixed_cdrs_invoice_number_idx').on(t.invoiceNumber),
    index('billed_fixed_cdrs_source_file_idx').on(t.sourceFileId, t.cdrId),
  ],
);

/** The names of the partitioned usage tables. */
export const CDR_TABLES = [
  'mobile_cdrs',
  'fixed_cdrs',
  'billed_mobile_cdrs',
  'billed_fixed_cdrs',
] as const;
export type CdrTableName = (typeof CDR_TABLES)[number];
