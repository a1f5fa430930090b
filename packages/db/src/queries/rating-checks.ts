/**
 * The records the rate tables do not reproduce: no rate prices them, or the wholesaler's
 * amount is not the one their rate gives. Read from `cdr_ratings` (a partial index keeps
 * them), which the sync's re-rating fills.
 */
import { sql } from 'drizzle-orm';
import type { NoRateReason } from '../schema/billing.ts';
import type { CdrTableName } from '../schema/cdrs.ts';
import type { EventType, RateService } from '../schema/enums.ts';
import { selectRows } from '../rows.ts';
import type { RecordFilter } from './record-sources.ts';
import { allOf, inParisMonth, isoInstant, parisMonth, type Queryable } from './sql-parts.ts';

export interface RatingDiscrepancy {
  readonly table: CdrTableName;
  readonly service: RateService;
  readonly eventType: EventType;
  /** `YYYY-MM`, the month of the call in Paris time. */
  readonly period: string;
  readonly customerId: string;
  readonly cdrId: string;
  readonly startedAt: Date;
  readonly tariffCode: string | null;
  readonly status: 'rated' | 'no-rate';
  readonly noRateReason: NoRateReason | null;
  /** The rate that priced the record, and its prefix (null for data). */
  readonly rateId: number | null;
  readonly prefix: string | null;
  /** The wholesaler's amount, the expected one and `amount − expected`, 4 decimals. */
  readonly amount: string;
  readonly expectedAmount: string | null;
  readonly difference: string | null;
}

export interface RatingDiscrepancyOptions extends RecordFilter {
  /** Only the records of these tables (all four by default). */
  readonly tables?: readonly CdrTableName[];
}

type Row = {
  table_name: CdrTableName;
  service: RateService;
  event_type: EventType;
  period: string;
  customer_id: string;
  cdr_id: string;
  started_at: string;
  tariff_code: string | null;
  status: 'rated' | 'no-rate';
  no_rate_reason: NoRateReason | null;
  rate_id: number | string | null;
  prefix: string | null;
  amount: string;
  expected_amount: string | null;
  difference: string | null;
};

/** Ratings without a rate or with a difference, ordered by table, time and record id. */
export async function listRatingDiscrepancies(
  db: Queryable,
  options: RatingDiscrepancyOptions = {},
): Promise<RatingDiscrepancy[]> {
  const where = allOf([
    sql`(x.status <> 'rated' or x.difference <> 0)`,
    options.period === undefined ? undefined : inParisMonth(sql`x.started_at`, options.period),
    options.service === undefined ? undefined : sql`x.service = ${options.service}`,
    options.customerId === undefined ? undefined : sql`x.customer_id = ${options.customerId}`,
    options.tables === undefined
      ? undefined
      : sql`x.table_name in (${sql.join(
          options.tables.map((table) => sql`${table}`),
          sql`, `,
        )})`,
  ]);

  const rows = await selectRows<Row>(
    db,
    sql`select x.table_name, x.service::text as service, x.event_type::text as event_type,
               ${parisMonth(sql`x.started_at`)} as period, x.customer_id, x.cdr_id,
               ${isoInstant(sql`x.started_at`)} as started_at, x.tariff_code,
               x.status::text as status, x.no_rate_reason, x.rate_id, r.prefix,
               x.amount::text as amount, x.expected_amount::text as expected_amount,
               x.difference::text as difference
        from cdr_ratings x left join rates r on r.id = x.rate_id
        where ${where}
        order by x.table_name, x.started_at, x.cdr_id`,
  );

  return rows.map((row) => ({
    table: row.table_name,
    service: row.service,
    eventType: row.event_type,
    period: row.period,
    customerId: row.customer_id,
    cdrId: row.cdr_id,
    startedAt: new Date(row.started_at),
    tariffCode: row.tariff_code,
    status: row.status,
    noRateReason: row.no_rate_reason,
    rateId: row.rate_id === null ? null : Number(row.rate_id),
    prefix: row.prefix,
    amount: row.amount,
    expectedAmount: row.expected_amount,
    difference: row.difference,
  }));
}
