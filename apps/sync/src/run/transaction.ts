import type { Database } from '@vnodrop/db';
import type { Transaction } from '@vnodrop/db';

/** Thrown to roll a dry run's transaction back once it has done all its work. */
export class DryRunRollback extends Error {
  constructor() {
    super('dry run: rolled back');
  }
}

/** Runs `work` in a transaction; a dry run does everything, then rolls back. */
export async function inTransaction(
  db: Database,
  dryRun: boolean,
  work: (tx: Transaction) => Promise<void>,
): Promise<void> {
  await db.transaction(async (tx) => {
    await work(tx);
    if (dryRun) throw new DryRunRollback();
  });
}
