/**
 * The reconciliation in figures, per month (of the call, Paris time) and service: what was
 * rated and billed, and how much of it disagrees.
 */
import { sql } from 'drizzle-orm';
import type { RateService } from '../schema/enums.ts';
import { selectRows } from '../rows.ts';
import { sourcesFor, unionOf, type RecordFilter } from './record-sources.ts';
import { billedRows, duplicateRows, ratedRows } from './reconciliation-rows.ts';
import type { Queryable } from './sql-parts.ts';

/** Counts are numbers; amounts are decimal strings with 4 decimals. */
export interface ReconciliationSummary {
  readonly period: string;
  readonly service: RateService;
  /** The month's billed file is loaded: rated records missing from it count as not billed. */
  readonly billedFileLoaded: boolean;
  readonly ratedRecords: number;
  readonly ratedAmount: string;
  /** What the rate tables give the rated records. */
  readonly expectedAmount: string;
  /** Rated records without a rate (no rating yet, or none of the rates prices them). */
  readonly unratedRecords: number;
  /** Rated records whose amount is not what the rate tables give. */
  readonly ratingDiffers: number;
  readonly billedRecords: number;
  readonly billedAmount: string;
  readonly ratedNotBilled: number;
  readonly ratedNotBilledAmount: string;
  readonly billedNeverRated: number;
  readonly billedNeverRatedAmount: string;
  readonly amountDiffers: number;
  /** Billed less rated, over the records whose amounts differ. */
  readonly amountDifference: string;
  /** Rated and billed records that repeat another record's usage under another id. */
  readonly duplicates: number;
}

type Row = Record<string, string | number | boolean | null> & { period: string; service: string };

const money = (expression: string) => sql.raw(`round(coalesce(${expression}, 0), 4)::text`);

/** One summary per month and service that has rated or billed records matching `filter`. */
export async function summarizeReconciliation(
  db: Queryable,
  filter: RecordFilter = {},
): Promise<ReconciliationSummary[]> {
  const sources = sourcesFor(filter.service);

  const rated = await selectRows<Row>(
    db,
    sql`select period, service, count(*)::int as rated_records, ${money('sum(rated_amount)')} as rated_amount,
               ${money('sum(expected_amount)')} as expected_amount,
               count(*) filter (where status is distinct from 'rated')::int as unrated_records,
               count(*) filter (where difference <> 0)::int as rating_differs,
               count(*) filter (where not billed and month_billed)::int as rated_not_billed,
               ${money('sum(rated_amount) filter (where not billed and month_billed)')}
                 as rated_not_billed_amount,
               count(*) filter (where billed and rated_amount <> billed_amount)::int
                 as amount_differs,
               ${money('sum(billed_amount - rated_amount) filter (where billed and rated_amount <> billed_amount)')}
                 as amount_difference
        from (${unionOf(sources.map((source) => ratedRows(source, filter)))}) r
        group by period, service`,
  );
  const billed = await selectRows<Row>(
    db,
    sql`select period, service, count(*)::int as billed_records,
               ${money('sum(billed_amount)')} as billed_amount,
               count(*) filter (where never_rated)::int as billed_never_rated,
               ${money('sum(billed_amount) filter (where never_rated)')}
                 as billed_never_rated_amount
        from (${unionOf(sources.map((source) => billedRows(source, filter)))}) b
        group by period, service`,
  );
  const duplicates = await selectRows<Row>(
    db,
    sql`select period, service, count(*)::int as duplicates
        from (${unionOf(
          sources.flatMap((source) => [
            duplicateRows(source, 'rated', filter),
            duplicateRows(source, 'billed', filter),
          ]),
        )}) d
        group by period, service`,
  );
  const months = await billedMonths(db);

  return merge([rated, billed, duplicates]).map((row) => ({
    period: row.period,
    service: row.service as RateService,
    billedFileLoaded: months.has(`${row.period}/${row.service === 'MOBILE' ? 'mobile' : 'fixed'}`),
    ratedRecords: count(row.rated_records),
    ratedAmount: amount(row.rated_amount),
    expectedAmount: amount(row.expected_amount),
    unratedRecords: count(row.unrated_records),
    ratingDiffers: count(row.rating_differs),
    billedRecords: count(row.billed_records),
    billedAmount: amount(row.billed_amount),
    ratedNotBilled: count(row.rated_not_billed),
    ratedNotBilledAmount: amount(row.rated_not_billed_amount),
    billedNeverRated: count(row.billed_never_rated),
    billedNeverRatedAmount: amount(row.billed_never_rated_amount),
    amountDiffers: count(row.amount_differs),
    amountDifference: amount(row.amount_difference),
    duplicates: count(row.duplicates),
  }));
}

/** `YYYY-MM/mobile` or `YYYY-MM/fixed` for each month whose billed file is loaded. */
async function billedMonths(db: Queryable): Promise<Set<string>> {
  const rows = await selectRows<{ key: string }>(
    db,
    sql`select distinct f.period || '/' || case f.family when 'billed-mobile' then 'mobile'
                                                         else 'fixed' end as key
        from source_files f
        where f.family in ('billed-mobile', 'billed-vga') and f.status = 'loaded'
          and f.period is not null`,
  );

  return new Set(rows.map((row) => row.key));
}

/** The rows of several queries, one per month and service, ordered. */
function merge(sets: readonly Row[][]): Row[] {
  const byKey = new Map<string, Row>();
  for (const row of sets.flat()) {
    const key = `${row.period}/${row.service}`;
    byKey.set(key, { ...byKey.get(key), ...row });
  }

  return [...byKey.values()].sort(
    (a, b) => a.period.localeCompare(b.period) || a.service.localeCompare(b.service),
  );
}

function count(value: unknown): number {
  return Number(value ?? 0);
}

function amount(value: unknown): string {
  return typeof value === 'string' ? value : '0.0000';
}
