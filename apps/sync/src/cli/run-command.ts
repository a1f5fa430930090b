import { createDatabase, migrate } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { databaseUrl } from '../config.ts';
import { runSync } from '../run/run-sync.ts';
import { exitCodeOf, type SyncSummary } from '../run/summary.ts';
import type { Selector } from '../run/plan.ts';
import { credentialsFromEnv, openSource } from '../sources/index.ts';
import { formatSummary } from './format-summary.ts';
import { progressReporter } from './progress.ts';
import { reportFailure } from './report-failure.ts';

export interface RunCommandOptions {
  source?: string;
  database?: string;
  dryRun?: boolean;
  only?: string[];
  json?: boolean;
}

/** `sync run`: the exit code says whether everything loaded. */
export async function runCommand(options: RunCommandOptions, logger: Logger): Promise<number> {
  const sourceUrl = options.source ?? process.env.SYNC_SOURCE;
  if (!sourceUrl) {
    process.stderr.write('sync run: no source. Give --source <url> or set SYNC_SOURCE.\n');
    return 64;
  }

  try {
    const summary = await syncOnce(sourceUrl, options, logger);
    process.stdout.write(
      options.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`,
    );

    return exitCodeOf(summary);
  } catch (error) {
    return reportFailure('sync run', error, logger);
  }
}

export async function syncOnce(
  sourceUrl: string,
  options: RunCommandOptions,
  logger: Logger,
): Promise<SyncSummary> {
  const database = await createDatabase(databaseUrl(options.database));
  const progress = progressReporter(logger);

  try {
    await migrate(database);
    const source = await openSource(sourceUrl, credentialsFromEnv(), { logger });

    try {
      return await runSync({
        source,
        database,
        logger,
        dryRun: options.dryRun ?? false,
        only: (options.only ?? []) as Selector[],
        onProgress: (p) => progress.update(p),
      });
    } finally {
      progress.stop();
      await source.close();
    }
  } finally {
    await database.close();
  }
}
