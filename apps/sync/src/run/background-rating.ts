/**
 * Rating while the sync loads. Once a file of records is committed, its records are rated on
 * another connection of the pool while the next file loads, so that the rating's work in the
 * database runs beside the reading of the next file rather than after the last one. One pass
 * runs at a time, and a file committed during a pass is taken by the next one. The sync's own
 * pass at its end still follows, for the table codes whose rates changed and for what is left.
 *
 * The embedded database has a single connection: there, everything is rated at the end.
 */
import type { DatabaseHandle } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { rerate } from '../billing/rerate.ts';
import { RATED_FAMILIES } from '../billing/record-tables.ts';
import type { ListedFile } from './plan.ts';

export interface BackgroundRating {
  /** A file was loaded: rate its records if it is a file of records. */
  loaded(file: ListedFile): void;
  /** Waits for the pass in hand; gives what a pass threw, if one did. */
  settle(): Promise<unknown>;
}

const RATED = new Set(RATED_FAMILIES);

const NONE: BackgroundRating = {
  loaded() {},
  settle: () => Promise.resolve(undefined),
};

export function backgroundRating(
  database: DatabaseHandle,
  options: {
    readonly dryRun: boolean;
    readonly logger: Logger;
    readonly signal?: AbortSignal | undefined;
  },
): BackgroundRating {
  if (database.kind !== 'postgres' || options.dryRun) return NONE;

  let running: Promise<void> | undefined;
  let again = false;
  let failure: unknown;

  const passes = async () => {
    try {
      do {
        again = false;
        await rerate(database.db, {
          mode: 'incremental',
          newFilesOnly: true,
          logger: options.logger,
          ...(options.signal ? { signal: options.signal } : {}),
        });
      } while (again && !options.signal?.aborted);
    } catch (error) {
      failure ??= error;
    } finally {
      running = undefined;
    }
  };

  return {
    loaded(file) {
      if (failure !== undefined || !RATED.has(file.facts.format?.family ?? '')) return;
      if (running) again = true;
      else running = passes();
    },
    async settle() {
      await running;
      return failure;
    },
  };
}
