/**
 * Monthly partitions of the usage tables. Records can only be inserted into a month whose
 * partition exists (there is no DEFAULT partition); the loader calls
 * {@link ensureCdrPartitions} with the instants of a batch before inserting it.
 */
import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';
import { DatabaseError, MissingPartitionError } from './errors.ts';
import { selectRows } from './rows.ts';
import { CDR_TABLES, type CdrTableName } from './schema/cdrs.ts';

export interface EnsurePartitionsOptions {
  /** Refuse to create more than this many months in one call (default 120): a bad date in a
   * file should not create decades of empty tables. */
  maxMonths?: number;
}

/** Thrown when the instants span more months than `maxMonths`. */
export class PartitionRangeError extends DatabaseError {
  override readonly name = 'PartitionRangeError';

  constructor(
    readonly table: CdrTableName,
    readonly from: Date,
    readonly to: Date,
    readonly maxMonths: number,
  ) {
    super(
      `Refusing to create partitions of ${table} for ${monthsBetween(from, to)} months ` +
        `(${from.toISOString()} to ${to.toISOString()}), more than ${maxMonths}. Check the ` +
        'dates of the records, or raise maxMonths.',
    );
  }
}

/**
 * Creates the missing monthly partitions of `table` (`<table>_YYYY_MM`, UTC months) from the
 * month of the earliest instant to the month of the latest, and returns how many it created.
 * Safe to call again and from several connections at once. Creating a partition locks the
 * table until the end of the transaction: call this outside a long transaction.
 */
export async function ensureCdrPartitions(
  db: Database,
  table: CdrTableName,
  instants: readonly Date[],
  options: EnsurePartitionsOptions = {},
): Promise<number> {
  if (!CDR_TABLES.includes(table)) {
    throw new DatabaseError(
      `${String(table)} is not a partitioned table: use one of ${CDR_TABLES}.`,
    );
  }
  const times = instants.map((instant) => instant.getTime()).filter((t) => !Number.isNaN(t));
  if (times.length === 0) {
    return 0;
  }

  const from = new Date(Math.min(...times));
  const to = new Date(Math.max(...times));
  const maxMonths = options.maxMonths ?? 120;
  if (monthsBetween(from, to) > maxMonths) {
    throw new PartitionRangeError(table, from, to, maxMonths);
  }

  const [row] = await selectRows<{ created: number }>(
    db,
    sql`select ensure_month_partitions(${table}::regclass, ${from.toISOString()}::timestamptz,
      ${to.toISOString()}::timestamptz) as created`,
  );
  return Number(row?.created ?? 0);
}

/**
 * The error to report for a failed insert into a usage table: a {@link MissingPartitionError}
 * when PostgreSQL found no partition for a row, otherwise `error` itself.
 */
export function explainInsertError(error: unknown): unknown {
  let current: unknown = error;
  while (current instanceof Error) {
    const match = /no partition of relation "([^"]+)" found for row/.exec(current.message);
    if (match?.[1]) {
      return new MissingPartitionError(match[1], { cause: error });
    }
    current = current.cause;
  }
  return error;
}

/** Number of UTC calendar months from the month of `from` to the month of `to`, included. */
function monthsBetween(from: Date, to: Date): number {
  return (
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1
  );
}
