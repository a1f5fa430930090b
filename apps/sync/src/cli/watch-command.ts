import { createDatabase, migrate } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { databaseUrl } from '../config.ts';
import type { Selector } from '../run/plan.ts';
import { watchSync } from '../run/watch-sync.ts';
import { connectSource } from '../run/connect-source.ts';
import { credentialsFromEnv, redactUrl } from '../sources/index.ts';
import { EXIT } from './exit-codes.ts';
import { reportFailure } from './report-failure.ts';
import { settleOrExit, type RunCommandOptions } from './run-command.ts';
import { stopOnSignals } from './stop-signals.ts';

export interface WatchCommandOptions extends RunCommandOptions {
  /** `--interval`, in milliseconds. */
  interval: number;
}

/**
 * `sync watch`: a sync every interval, a log line per cycle, until SIGTERM or SIGINT, which
 * let the file in hand finish and exit 0.
 */
export async function watchCommand(options: WatchCommandOptions, logger: Logger) {
  const sourceUrl = options.source ?? process.env.SYNC_SOURCE;
  if (!sourceUrl) {
    process.stderr.write('sync watch: no source. Give --source <url> or set SYNC_SOURCE.\n');
    return EXIT.usage;
  }
  const settleMs = settleOrExit('sync watch', options);
  if (settleMs === false) return EXIT.usage;

  const stop = stopOnSignals(logger);
  try {
    const database = await createDatabase(databaseUrl(options.database));
    try {
      await migrate(database);
      const credentials = credentialsFromEnv();
      logger.info(
        { source: redactUrl(sourceUrl), intervalMs: options.interval },
        'watching the drop',
      );

      await watchSync({
        database,
        logger,
        openSource: () => connectSource(sourceUrl, credentials, { logger }),
        intervalMs: options.interval,
        only: (options.only ?? []) as Selector[],
        settleMs,
        waitForLock: options.wait ?? false,
        signal: stop.signal,
      });
    } finally {
      await database.close();
    }

    return EXIT.ok;
  } catch (error) {
    return reportFailure('sync watch', error, logger);
  } finally {
    stop.dispose();
  }
}
