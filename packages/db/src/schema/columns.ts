/**
 * Column builders shared by the tables, so that a kind of value is stored the same way
 * everywhere: instants as `timestamptz` read as `Date`, calendar dates as `yyyy-MM-dd`
 * strings, money and quantities as `numeric` read as decimal strings (never a binary float).
 */
import { bigint, date, integer, jsonb, numeric, timestamp } from 'drizzle-orm/pg-core';

/** Columns of a row that the drop had and the schema does not name, kept as written. */
export type ExtraColumns = Record<string, string>;

/** A `bigint` identity primary key, read as a JS number (53 bits are plenty for row ids). */
export function identity(name = 'id') {
  return bigint(name, { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();
}

/** A reference to a `bigint` id, or a large count (bytes, kilobytes). */
export function bigNumber(name: string) {
  return bigint(name, { mode: 'number' });
}

/** A count that starts at zero. */
export function counter(name: string) {
  return integer(name).notNull().default(0);
}

/** An instant, `timestamptz`. */
export function instant(name: string) {
  return timestamp(name, { withTimezone: true, mode: 'date' });
}

/** An instant that defaults to the time of the insert. */
export function recordedAt(name: string) {
  return instant(name).notNull().defaultNow();
}

/** A calendar date, read and written as `yyyy-MM-dd`. */
export function calendarDate(name: string) {
  return date(name, { mode: 'string' });
}

/** An exact decimal, read and written as a canonical decimal string (`'0.0450'`). */
export function decimal(name: string, precision: number, scale: number) {
  return numeric(name, { precision, scale });
}

/** The columns of a row beyond those the schema names, `{}` when there are none. */
export function extra(name = 'extra') {
  return jsonb(name).$type<ExtraColumns>().notNull().default({});
}
