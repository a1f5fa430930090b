/**
 * Reconciliation of the rated records with the billed ones, per month (of the call, Paris
 * time) and service: records rated but missing from the month's billed file, records billed
 * but never seen rated, billed amounts that differ from the rated ones, and records that
 * repeat another record's usage under another id.
 */
import { sql, type SQL } from 'drizzle-orm';
import { QueryArgumentError } from '../errors.ts';
import type { CdrTableName } from '../schema/cdrs.ts';
import type { RateService } from '../schema/enums.ts';
import { selectRows } from '../rows.ts';
import { sourcesFor, unionOf, type RecordFilter } from './record-sources.ts';
import { billedRows, duplicateRows, ratedRows } from './reconciliation-rows.ts';
import { isoInstant, type Queryable } from './sql-parts.ts';

export const BILLING_DISCREPANCY_KINDS = [
  'rated-not-billed',
  'billed-never-rated',
  'amount-differs',
  'duplicate',
] as const;
export type BillingDiscrepancyKind = (typeof BILLING_DISCREPANCY_KINDS)[number];

export interface BillingDiscrepancy {
  readonly kind: BillingDiscrepancyKind;
  /** The table of the record: the rated one, except for billed records never rated. */
  readonly table: CdrTableName;
  readonly service: RateService;
  /** `YYYY-MM`, the month of the call in Paris time. */
  readonly period: string;
  readonly customerId: string;
  readonly cdrId: string;
  readonly startedAt: Date;
  /** Amounts are decimal strings with 4 decimals. */
  readonly ratedAmount: string | null;
  readonly billedAmount: string | null;
  /** What the rate tables give the record (`cdr_ratings`); null before it is rated. */
  readonly expectedAmount: string | null;
  readonly billingPeriod: string | null;
  readonly invoiceNumber: string | null;
  /** `duplicate`: the record whose usage this one repeats. */
  readonly duplicateOf: string | null;
}

export interface DiscrepancyOptions extends RecordFilter {
  /** Only these kinds (all by default). */
  readonly kinds?: readonly BillingDiscrepancyKind[];
  /** A page of the list: skip `offset` discrepancies, return at most `limit`. */
  readonly offset?: number;
  readonly limit?: number;
}

type DiscrepancyRow = {
  kind: BillingDiscrepancyKind;
  table_name: CdrTableName;
  service: RateService;
  period: string;
  customer_id: string;
  cdr_id: string;
  started_at: string;
  rated_amount: string | null;
  billed_amount: string | null;
  expected_amount: string | null;
  billing_period: string | null;
  invoice_number: string | null;
  duplicate_of: string | null;
};

/**
 * Every discrepancy between the rated and the billed records matching `options`, ordered by
 * month, service, kind, record id and table (or a page of them). A rated record counts as not
 * billed only once the billed file of its month is loaded.
 */
export async function listBillingDiscrepancies(
  db: Queryable,
  options: DiscrepancyOptions = {},
): Promise<BillingDiscrepancy[]> {
  const kinds = new Set(options.kinds ?? BILLING_DISCREPANCY_KINDS);
  const parts = sourcesFor(options.service).flatMap((source) => {
    const selects = [];
    const ratedKinds = [
      kinds.has('rated-not-billed') ? sql`(not r.billed and r.month_billed)` : undefined,
      kinds.has('amount-differs')
        ? sql`(r.billed and r.rated_amount <> r.billed_amount)`
        : undefined,
    ].filter((condition) => condition !== undefined);

    if (ratedKinds.length > 0) {
      selects.push(sql`
        select case when r.billed then 'amount-differs' else 'rated-not-billed' end as kind,
               r.table_name, r.service, r.period, r.customer_id, r.cdr_id, r.started_at,
               r.rated_amount, r.billed_amount, r.expected_amount, r.billing_period,
               r.invoice_number, null::text as duplicate_of
        from (${ratedRows(source, options)}) r
        where ${sql.join(ratedKinds, sql` or `)}`);
    }
    if (kinds.has('billed-never-rated')) {
      selects.push(sql`
        select 'billed-never-rated' as kind, b.table_name, b.service, b.period, b.customer_id,
               b.cdr_id, b.started_at, null::numeric as rated_amount, b.billed_amount,
               b.expected_amount, b.billing_period, b.invoice_number, null::text as duplicate_of
        from (${billedRows(source, options)}) b
        where b.never_rated`);
    }
    if (kinds.has('duplicate')) {
      for (const table of ['rated', 'billed'] as const) {
        const amounts =
          table === 'rated'
            ? sql`d.amount as rated_amount, null::numeric as billed_amount`
            : sql`null::numeric as rated_amount, d.amount as billed_amount`;
        selects.push(sql`
          select 'duplicate' as kind, d.table_name, d.service, d.period, d.customer_id,
                 d.cdr_id, d.started_at, ${amounts}, null::numeric as expected_amount,
                 null::text as billing_period, null::text as invoice_number, d.duplicate_of
          from (${duplicateRows(source, table, options)}) d`);
      }
    }

    return selects;
  });
  if (parts.length === 0) return [];

  const rows = await selectRows<DiscrepancyRow>(
    db,
    sql`select kind, table_name, service, period, customer_id, cdr_id,
               ${isoInstant(sql`started_at`)} as started_at, rated_amount::text,
               billed_amount::text, expected_amount::text, billing_period, invoice_number,
               duplicate_of
        from (${unionOf(parts)}) d
        order by period, service, kind, cdr_id, table_name
        ${page(options)}`,
  );

  return rows.map((row) => ({
    kind: row.kind,
    table: row.table_name,
    service: row.service,
    period: row.period,
    customerId: row.customer_id,
    cdrId: row.cdr_id,
    startedAt: new Date(row.started_at),
    ratedAmount: row.rated_amount,
    billedAmount: row.billed_amount,
    expectedAmount: row.expected_amount,
    billingPeriod: row.billing_period,
    invoiceNumber: row.invoice_number,
    duplicateOf: row.duplicate_of,
  }));
}

/** `limit … offset …`, checked; nothing without either. */
function page(options: DiscrepancyOptions): SQL {
  const limit = options.limit === undefined ? undefined : count('limit', options.limit);
  const offset = count('offset', options.offset ?? 0);

  return sql`${limit === undefined ? sql`` : sql`limit ${limit}`} offset ${offset}`;
}

function count(argument: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new QueryArgumentError(argument, value, 'a whole number, 0 or more');
  }

  return value;
}
