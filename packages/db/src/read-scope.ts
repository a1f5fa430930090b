/**
 * The scope of a read: every GraphQL request runs its statements in one read-only transaction
 * that first switches to the role `vnodrop_reader` and states which customers it may see. The
 * row-level security policies of the migration `…_row_security` do the rest: a statement that
 * forgets to filter by customer still sees only the customers of its scope.
 *
 * Row-level security does not apply to the owner of the tables (the role that migrates and
 * syncs), which is why the role is switched for the length of the transaction.
 */
import { sql } from 'drizzle-orm';
import type { Database, Transaction } from './client.ts';
import { readerOf } from './replicas.ts';

/** The role requests read as: NOLOGIN, SELECT on the graph's tables, subject to their policies. */
export const READER_ROLE = 'vnodrop_reader';

export interface ReadScope {
  /**
   * `all`: every customer (the integrator's own applications); otherwise the partner whose
   * granted customers (`partner_customers`) are the only ones visible.
   */
  customers: 'all' | { partner: string };
  /** Whether rows of `sim_secrets` (PIN and PUK codes) are visible at all. */
  simSecrets: boolean;
  /** Longest a statement may run, in milliseconds; 0 for no limit. PostgreSQL only. */
  statementTimeoutMs: number;
}

/**
 * Runs `work` in a read-only transaction limited to `scope`, and returns what it returns. One
 * statement sets the scope, so that it costs one round trip. On a database with read replicas
 * the whole transaction runs on one of them: it cannot write anyway.
 */
export function withReadScope<T>(
  db: Database,
  scope: ReadScope,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const all = scope.customers === 'all';
  const partner = scope.customers === 'all' ? '' : scope.customers.partner;

  return readerOf(db).transaction(async (tx) => {
    await tx.execute(sql`select
      set_config('role', ${READER_ROLE}, true),
      set_config('transaction_read_only', 'on', true),
      set_config('vnodrop.all_customers', ${all ? 'on' : 'off'}, true),
      set_config('vnodrop.partner', ${partner}, true),
      set_config('vnodrop.sim_secrets', ${scope.simSecrets ? 'on' : 'off'}, true),
      set_config('statement_timeout', ${String(Math.max(0, Math.floor(scope.statementTimeoutMs)))}, true)`);

    return work(tx);
  });
}
