import { setTimeout as sleep } from 'node:timers/promises';
import type { DatabaseHandle } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { SyncBusyError } from '../errors.ts';

/** Key of the advisory lock one sync holds for its whole run ('vnsy'). */
export const RUN_LOCK_KEY = 0x766e7379;

export interface RunLockOptions {
  /** Wait for the other sync to finish instead of failing at once. */
  readonly wait: boolean;
  readonly logger: Logger;
  /** Stops waiting. */
  readonly signal?: AbortSignal;
  /** How often a waiting sync asks again (default 1 s). */
  readonly pollMs?: number;
}

export interface RunLock {
  release(): Promise<void>;
}

const NO_LOCK: RunLock = { release: async () => undefined };

/**
 * Takes the database's run lock, so that two syncs never load into one database at once.
 * On PostgreSQL it is a session advisory lock held on a connection reserved for it: the
 * server frees it if the process dies. The connection comes from the handle's pool, which
 * needs one more for the work. An embedded database has one process by nature.
 */
export async function acquireRunLock(
  handle: DatabaseHandle,
  options: RunLockOptions,
): Promise<RunLock> {
  if (!handle.sql) return NO_LOCK;

  const connection = await handle.sql.reserve();
  let told = false;

  try {
    for (;;) {
      const [row] = await connection`select pg_try_advisory_lock(${RUN_LOCK_KEY}) as locked`;
      if (row?.locked === true) break;

      if (!options.wait) {
        throw new SyncBusyError(
          `another sync is loading into ${handle.url}: let it finish, or run with --wait ` +
            'to start when it is done',
        );
      }
      if (!told) options.logger.info('another sync is running; waiting for it to finish');
      told = true;
      await sleep(options.pollMs ?? 1_000, undefined, { signal: options.signal });
    }
  } catch (error) {
    connection.release();
    throw error;
  }

  return {
    async release() {
      try {
        await connection`select pg_advisory_unlock(${RUN_LOCK_KEY})`;
      } finally {
        connection.release();
      }
    },
  };
}
