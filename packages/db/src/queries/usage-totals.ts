/**
 * Usage totals per month (of the call, Paris time), kind of usage and customer, line or SIM:
 * how many records, seconds, kilobytes and messages, and what they cost as rated by the
 * wholesaler, as the rate tables give it, and as billed. SQL aggregates over the records of
 * the period, which the `(customer_id | msisdn | iccid | line_number, started_at)` indexes
 * and the monthly partitions narrow down.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { EventType, RateService } from '../schema/enums.ts';
import { selectRows } from '../rows.ts';
import {
  recordConditions,
  sourcesFor,
  unionOf,
  type RecordFilter,
  type RecordSource,
} from './record-sources.ts';
import { allOf, parisMonth, type Queryable } from './sql-parts.ts';

/**
 * `customer`: one total per customer (mobile and fixed); `line`: per fixed line (VGA line or
 * VoIP number, E.164); `sim`: per SIM card (its ICCID, or its MSISDN when a record has none).
 */
export type UsageGrouping = 'customer' | 'line' | 'sim';

export interface UsageTotalsOptions extends RecordFilter {
  readonly by: UsageGrouping;
  /** Only this line (E.164) or card (ICCID or MSISDN). */
  readonly subject?: string;
  /** Only these customers: one statement for many (a page of customers). */
  readonly customerIds?: readonly string[];
  /** Only these lines (E.164) or cards (by the ICCID their records carry). */
  readonly subjects?: readonly string[];
}

export interface UsageTotal {
  readonly period: string;
  readonly customerId: string;
  /** The line or card; null when totals are per customer. */
  readonly subject: string | null;
  readonly service: RateService;
  readonly eventType: EventType;
  /** Rated records, and billed records (the month's billed file may not be in yet). */
  readonly records: number;
  readonly billedRecords: number;
  /** Of the rated records: seconds of voice, kilobytes of data, messages of SMS and MMS. */
  readonly seconds: number;
  readonly kilobytes: number;
  readonly messages: number;
  /** Decimal strings with 4 decimals: rated by the wholesaler, re-rated, and billed. */
  readonly ratedAmount: string;
  readonly expectedAmount: string;
  readonly billedAmount: string;
  /** Rated records the re-rating has not priced (not yet rated, or no rate found). */
  readonly unratedRecords: number;
}

type Row = {
  period: string;
  customer_id: string;
  subject: string | null;
  service: RateService;
  event_type: EventType;
  records: number;
  billed_records: number;
  seconds: string | number;
  kilobytes: string | number;
  messages: string | number;
  rated_amount: string;
  expected_amount: string;
  billed_amount: string;
  unrated_records: number;
};

/** Totals for the records matching `options`, ordered by month, customer, subject and kind. */
export async function usageTotals(
  db: Queryable,
  options: UsageTotalsOptions,
): Promise<UsageTotal[]> {
  const sources = sourcesFor(options.service).filter(
    (source) =>
      options.by === 'customer' || (options.by === 'sim') === (source.family === 'mobile'),
  );
  if (sources.length === 0) return [];

  const parts = sources.flatMap((source) => [
    recordsOf(source, 'rated', options),
    recordsOf(source, 'billed', options),
  ]);
  const rows = await selectRows<Row>(
    db,
    sql`select period, customer_id, subject, service, event_type,
               sum(rated)::int as records, sum(billed)::int as billed_records,
               sum(seconds)::bigint as seconds, sum(kilobytes)::bigint as kilobytes,
               sum(messages)::bigint as messages,
               round(coalesce(sum(rated_amount), 0), 4)::text as rated_amount,
               round(coalesce(sum(expected_amount), 0), 4)::text as expected_amount,
               round(coalesce(sum(billed_amount), 0), 4)::text as billed_amount,
               sum(unrated)::int as unrated_records
        from (${unionOf(parts)}) u
        group by period, customer_id, subject, service, event_type
        order by period, customer_id, subject nulls first, service, event_type`,
  );

  return rows.map((row) => ({
    period: row.period,
    customerId: row.customer_id,
    subject: row.subject,
    service: row.service,
    eventType: row.event_type,
    records: Number(row.records),
    billedRecords: Number(row.billed_records),
    seconds: Number(row.seconds),
    kilobytes: Number(row.kilobytes),
    messages: Number(row.messages),
    ratedAmount: row.rated_amount,
    expectedAmount: row.expected_amount,
    billedAmount: row.billed_amount,
    unratedRecords: Number(row.unrated_records),
  }));
}

/** The rated or billed records of one family, one row each, in the shape the totals add up. */
function recordsOf(
  source: RecordSource,
  kind: 'rated' | 'billed',
  options: UsageTotalsOptions,
): SQL {
  const table = kind === 'rated' ? source.rated : source.billed;
  const mobile = source.family === 'mobile';
  const subjectOf: Record<UsageGrouping, SQL> = {
    customer: sql`null::text`,
    line: sql`c.line_number`,
    sim: sql`coalesce(c.iccid, c.msisdn)`,
  };
  /** `value` for the records of these kinds of usage, 0 for the others. */
  const of = (types: string, value: string) =>
    sql.raw(mobile ? `case when c.event_type in (${types}) then ${value} else 0 end` : '0');
  const usage =
    kind === 'rated'
      ? sql`1 as rated, 0 as billed,
            ${mobile ? of(`'VOICE'`, 'coalesce(c.duration_s, 0)') : sql`c.duration_s`} as seconds,
            ${of(`'DATA'`, 'coalesce(c.volume, 0)')} as kilobytes,
            ${of(`'SMS', 'MMS'`, 'coalesce(c.volume, 1)')} as messages,
            c.amount as rated_amount, x.expected_amount, null::numeric as billed_amount,
            case when x.status = 'rated' then 0 else 1 end as unrated`
      : sql`0 as rated, 1 as billed, 0 as seconds, 0 as kilobytes, 0 as messages,
            null::numeric as rated_amount, null::numeric as expected_amount,
            c.amount as billed_amount, 0 as unrated`;
  const rating =
    kind === 'rated'
      ? sql`left join cdr_ratings x on x.table_name = ${table} and x.cdr_id = c.cdr_id`
      : sql``;

  return sql`
    select ${parisMonth(sql`c.started_at`)} as period, c.customer_id,
           ${subjectOf[options.by]} as subject, ${source.service('c')} as service,
           ${mobile ? sql`c.event_type::text` : sql`'VOICE'::text`} as event_type, ${usage}
    from ${sql.identifier(table)} c ${rating}
    where ${allOf([
      recordConditions('c', source, options),
      options.subject === undefined ? undefined : subjectIs(options.by, options.subject),
      options.customerIds === undefined
        ? undefined
        : oneOf(sql`c.customer_id`, options.customerIds),
      options.subjects === undefined ? undefined : subjectsAre(options.by, options.subjects),
    ])}`;
}

/** Lines by their numbers, cards by their ICCIDs; per customer, nothing to narrow. */
function subjectsAre(by: UsageGrouping, subjects: readonly string[]): SQL | undefined {
  if (by === 'line') return oneOf(sql`c.line_number`, subjects);
  if (by === 'sim') return oneOf(sql`c.iccid`, subjects);

  return undefined;
}

/** `column in (…)`; false for an empty list. */
function oneOf(column: SQL, values: readonly string[]): SQL {
  if (values.length === 0) return sql`false`;

  return sql`${column} in (${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )})`;
}

/** A line by its number; a card by its ICCID, or by its MSISDN (E.164, `+…`). */
function subjectIs(by: UsageGrouping, subject: string): SQL | undefined {
  if (by === 'line') return sql`c.line_number = ${subject}`;
  if (by === 'sim') {
    return subject.startsWith('+') ? sql`c.msisdn = ${subject}` : sql`c.iccid = ${subject}`;
  }

  return undefined;
}
