/**
 * Pieces shared by the query functions: months in Paris time, instants read back the same
 * way on both drivers, and the check of their arguments.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database, Transaction } from '../client.ts';
import { QueryArgumentError } from '../errors.ts';

/** Where the query functions run: the database, or a transaction (a read scope) open on it. */
export type Queryable = Database | Transaction;

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Checks a `YYYY-MM` month and returns it. */
export function checkPeriod(period: string): string {
  if (!PERIOD.test(period)) throw new QueryArgumentError('period', period, 'a month as YYYY-MM');

  return period;
}

/** `YYYY-MM`, the month an instant falls in, in Paris. */
export function parisMonth(instant: SQL): SQL {
  return sql`to_char(${instant} at time zone 'Europe/Paris', 'YYYY-MM')`;
}

/**
 * `instant` falls within the Paris month `period`: a range on the column, so that the
 * partitions of other months are skipped and the `(…, started_at)` indexes serve.
 */
export function inParisMonth(instant: SQL, period: string): SQL {
  const first = sql`(${checkPeriod(period)} || '-01')::date`;

  return sql`(${instant} >= ${first}::timestamp at time zone 'Europe/Paris'
    and ${instant} < (${first} + interval '1 month')::timestamp at time zone 'Europe/Paris')`;
}

/** An instant as ISO 8601 text in UTC, read the same way whichever driver runs the query. */
export function isoInstant(instant: SQL): SQL {
  return sql`to_char(${instant} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** `a and b and …`, or `true` when there is nothing to check. */
export function allOf(conditions: readonly (SQL | undefined)[]): SQL {
  const present = conditions.filter((c): c is SQL => c !== undefined);

  return present.length === 0 ? sql`true` : sql.join(present, sql` and `);
}

/** Reads an ISO instant back, or null. */
export function toDate(text: string | null): Date | null {
  return text === null ? null : new Date(text);
}
