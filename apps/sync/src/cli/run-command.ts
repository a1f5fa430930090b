import { InvalidArgumentError } from 'commander';
import { createDatabase, migrate } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { databaseUrl } from '../config.ts';
import { runSync } from '../run/run-sync.ts';
import { exitCodeOf, type SyncSummary } from '../run/summary.ts';
import type { Selector } from '../run/plan.ts';
import { connectSource } from '../run/connect-source.ts';
import { credentialsFromEnv } from '../sources/index.ts';
import { EXIT } from './exit-codes.ts';
import { formatSummary } from './format-summary.ts';
import { progressReporter } from './progress.ts';
import { reportFailure } from './report-failure.ts';
import { settleMsOf } from './seconds.ts';
import { stopOnSignals } from './stop-signals.ts';

export interface RunCommandOptions {
  source?: string;
  database?: string;
  dryRun?: boolean;
  only?: string[];
  json?: boolean;
  /** `--settle`, in milliseconds. */
  settle?: number;
  /** `--wait`: wait for another sync to finish instead of exiting. */
  wait?: boolean;
}

/** What one sync needs beyond the command line's options. */
export interface SyncRequest extends RunCommandOptions {
  settleMs?: number;
  signal?: AbortSignal;
}

/** `sync run`: the exit code says whether everything loaded. */
export async function runCommand(options: RunCommandOptions, logger: Logger): Promise<number> {
  const sourceUrl = options.source ?? process.env.SYNC_SOURCE;
  if (!sourceUrl) {
    process.stderr.write('sync run: no source. Give --source <url> or set SYNC_SOURCE.\n');
    return EXIT.usage;
  }
  const settleMs = settleOrExit('sync run', options);
  if (settleMs === false) return EXIT.usage;

  const stop = stopOnSignals(logger);
  try {
    const request = { ...options, settleMs, signal: stop.signal };
    const summary = await syncOnce(sourceUrl, request, logger);
    process.stdout.write(
      options.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`,
    );

    return exitCodeOf(summary);
  } catch (error) {
    return reportFailure('sync run', error, logger);
  } finally {
    stop.dispose();
  }
}

/** The settle time from `--settle` or SYNC_SETTLE_SECONDS, or false once a bad one is told. */
export function settleOrExit(
  command: string,
  options: RunCommandOptions,
): number | undefined | false {
  try {
    return settleMsOf(options.settle);
  } catch (error) {
    if (!(error instanceof InvalidArgumentError)) throw error;
    process.stderr.write(`${command}: ${error.message}\n`);
    return false;
  }
}

export async function syncOnce(
  sourceUrl: string,
  request: SyncRequest,
  logger: Logger,
): Promise<SyncSummary> {
  const database = await createDatabase(databaseUrl(request.database));
  const progress = progressReporter(logger);

  try {
    await migrate(database);
    const source = await connectSource(sourceUrl, credentialsFromEnv(), { logger });

    try {
      return await runSync({
        source,
        database,
        logger,
        dryRun: request.dryRun ?? false,
        only: (request.only ?? []) as Selector[],
        settleMs: request.settleMs,
        waitForLock: request.wait ?? false,
        signal: request.signal,
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
