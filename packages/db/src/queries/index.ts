/**
 * Queries over the loaded data that more than one app needs: billing reconciliation, rating
 * checks, usage totals, feed freshness. Each takes a `Database` or a transaction (a read
 * scope) and returns plain values: amounts as decimal strings, instants as `Date`.
 */
export { feedFreshness, freshnessStatus, DEFAULT_GRACE_MS, FEED_CADENCES } from './freshness.ts';
export type { FeedCadence, FeedFreshness, FreshnessOptions, FreshnessStatus } from './freshness.ts';
export { checkInvoiceTotals, INVOICE_CHECK_STATUSES } from './invoice-checks.ts';
export type { InvoiceCheck, InvoiceCheckOptions, InvoiceCheckStatus } from './invoice-checks.ts';
export { listRatingDiscrepancies } from './rating-checks.ts';
export type { RatingDiscrepancy, RatingDiscrepancyOptions } from './rating-checks.ts';
export type { RecordFilter } from './record-sources.ts';
export { BILLING_DISCREPANCY_KINDS, listBillingDiscrepancies } from './reconciliation.ts';
export type {
  BillingDiscrepancy,
  BillingDiscrepancyKind,
  DiscrepancyOptions,
} from './reconciliation.ts';
export { summarizeReconciliation, type ReconciliationSummary } from './reconciliation-summary.ts';
export type { Queryable } from './sql-parts.ts';
export { usageTotals } from './usage-totals.ts';
export type { UsageGrouping, UsageTotal, UsageTotalsOptions } from './usage-totals.ts';
