/**
 * Reads on streaming replicas. drizzle's `withReplicas` sends `select`, `$count`, `with` and
 * the relational queries (`db.query`) to a replica, and everything that may write (`insert`,
 * `update`, `delete`, `execute`, `transaction`) to the primary. A transaction that only reads
 * still goes to the primary that way: `readerOf` is where a read-only transaction, such as
 * the read scope of a request, finds a replica to run on.
 */
import { withReplicas, type PgAsyncWithReplicas } from 'drizzle-orm/pg-core';
import type { Database } from './client.ts';

type Routed = Partial<PgAsyncWithReplicas<Database>>;

/** A database that reads from `replicas` (one picked at random per read) and writes to `primary`. */
export function routeReads(primary: Database, replicas: readonly Database[]): Database {
  const [first, ...rest] = replicas;

  return first ? withReplicas(primary, [first, ...rest]) : primary;
}

/** The database that takes the writes: the primary of a routed database, or `db` itself. */
export function primaryOf(db: Database): Database {
  return (db as Routed).$primary ?? db;
}

/**
 * Where a read-only unit of work runs: one of the replicas of a routed database, picked at
 * random like drizzle picks them for single reads, or `db` itself when it has none. Only
 * work that never writes may run there: a replica refuses writes.
 */
export function readerOf(db: Database): Database {
  const replicas = (db as Routed).$replicas ?? [];

  return replicas[Math.floor(Math.random() * replicas.length)] ?? db;
}
