/**
 * The rows the reconciliation is built from, as SQL: each rated record with its billed
 * counterpart (by record id) and its rating; each billed record with whether any rated
 * record has its id; and the records that repeat another one's usage under another id.
 */
import { sql, type SQL } from 'drizzle-orm';
import { recordConditions, type RecordFilter, type RecordSource } from './record-sources.ts';
import { parisMonth } from './sql-parts.ts';

const id = sql.identifier;

/**
 * Rated records: `rated_amount`, the billed record's `billed_amount`, `billing_period` and
 * `invoice_number`, `billed` (a billed record has the id), `month_billed` (the month's
 * billed file is loaded, so a record missing from it is missing indeed) and the rating's
 * `expected_amount`, `status` and `difference`.
 */
export function ratedRows(source: RecordSource, filter: RecordFilter): SQL {
  return sql`
    select ${source.rated}::text as table_name, ${source.service('c')} as service,
           ${parisMonth(sql`c.started_at`)} as period, c.customer_id, c.cdr_id, c.started_at,
           c.amount as rated_amount, b.amount as billed_amount, b.billing_period,
           b.invoice_number, b.cdr_id is not null as billed, m.period is not null as month_billed,
           x.expected_amount, x.status::text as status, x.difference
    from ${id(source.rated)} c
    left join ${id(source.billed)} b on b.cdr_id = c.cdr_id
    left join (select distinct f.period from source_files f
               where f.family = ${source.billedFile} and f.status = 'loaded') m
           on m.period = ${parisMonth(sql`c.started_at`)}
    left join cdr_ratings x on x.table_name = ${source.rated} and x.cdr_id = c.cdr_id
    where ${recordConditions('c', source, filter)}`;
}

/** Billed records: `billed_amount`, `never_rated` (no rated record has the id), the rating. */
export function billedRows(source: RecordSource, filter: RecordFilter): SQL {
  return sql`
    select ${source.billed}::text as table_name, ${source.service('b')} as service,
           ${parisMonth(sql`b.started_at`)} as period, b.customer_id, b.cdr_id, b.started_at,
           b.amount as billed_amount, b.billing_period, b.invoice_number,
           c.cdr_id is null as never_rated, x.expected_amount
    from ${id(source.billed)} b
    left join ${id(source.rated)} c on c.cdr_id = b.cdr_id
    left join cdr_ratings x on x.table_name = ${source.billed} and x.cdr_id = b.cdr_id
    where ${recordConditions('b', source, filter)}`;
}

/**
 * Records of `table` that repeat the usage of another record of the same table under
 * another id (same line or card, start, kind, called number, duration and volume), each
 * with `duplicate_of`, the smallest id of its group. The first record of a group is not one.
 */
export function duplicateRows(
  source: RecordSource,
  table: 'rated' | 'billed',
  filter: RecordFilter,
): SQL {
  const name = table === 'rated' ? source.rated : source.billed;
  const usage =
    source.family === 'mobile'
      ? sql`d.msisdn, d.started_at, d.event_type, coalesce(d.called_number, d.called_number_raw),
            d.duration_s, d.volume`
      : sql`d.line_number, d.started_at, coalesce(d.called_number, d.called_number_raw),
            d.duration_s`;

  return sql`
    select table_name, service, period, customer_id, cdr_id, started_at, amount, duplicate_of
    from (
      select ${name}::text as table_name, ${source.service('d')} as service,
             ${parisMonth(sql`d.started_at`)} as period, d.customer_id, d.cdr_id, d.started_at,
             d.amount, first_value(d.cdr_id) over same_usage as duplicate_of,
             row_number() over same_usage as n
      from ${id(name)} d
      where ${recordConditions('d', source, filter)}
      window same_usage as (partition by ${usage} order by d.cdr_id)
    ) ranked
    where n > 1`;
}
