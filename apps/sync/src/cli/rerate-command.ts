import { createDatabase, migrate } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { rerate, type RerateSummary } from '../billing/rerate.ts';
import { databaseUrl } from '../config.ts';
import { acquireRunLock } from '../run/run-lock.ts';
import { EXIT } from './exit-codes.ts';
import { reportFailure } from './report-failure.ts';

export interface RerateCommandOptions {
  database?: string;
  /** Only what changed since the last rating, as after a sync; every record by default. */
  incremental?: boolean;
  wait?: boolean;
  json?: boolean;
}

/**
 * `sync rerate`: prices every usage record again with the rate tables. It holds the sync's
 * run lock, so that it never rates while a sync loads.
 */
export async function rerateCommand(
  options: RerateCommandOptions,
  logger: Logger,
): Promise<number> {
  try {
    const database = await createDatabase(databaseUrl(options.database));

    try {
      await migrate(database);
      const lock = await acquireRunLock(database, { wait: options.wait ?? false, logger });
      let summary: RerateSummary;
      try {
        summary = await rerate(database.db, {
          mode: options.incremental ? 'incremental' : 'full',
          logger,
        });
      } finally {
        await lock.release();
      }
      process.stdout.write(
        options.json ? `${JSON.stringify(summary)}\n` : `${formatRerate(summary)}\n`,
      );
    } finally {
      await database.close();
    }

    return EXIT.ok;
  } catch (error) {
    return reportFailure('sync rerate', error, logger);
  }
}

export function formatRerate(summary: RerateSummary): string {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  const changed = summary.changedTariffs.length === 0 ? 'none' : summary.changedTariffs.join(', ');

  return [
    `Re-rating (${summary.mode}) finished${summary.stopped ? ' early' : ''}.`,
    `  records   ${summary.records} from ${summary.files} files: ${summary.rated} priced, ` +
      `${summary.noRate} without a rate, ${summary.differing} differing from the wholesaler`,
    `  ratings   ${summary.written} new or changed, ${summary.removed} removed`,
    `  tariffs   changed since the last rating: ${changed}`,
    `  time      ${seconds} s`,
  ].join('\n');
}
