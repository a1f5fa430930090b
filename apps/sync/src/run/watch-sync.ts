import { setTimeout as sleep } from 'node:timers/promises';
import { silentLogger, type Logger } from '@vnodrop/log';
import { SyncBusyError } from '../errors.ts';
import type { Source } from '../sources/index.ts';
import { describeError } from './describe-error.ts';
import { runSync, type SyncOptions } from './run-sync.ts';
import type { SyncSummary } from './summary.ts';

export interface WatchOptions extends Omit<SyncOptions, 'source' | 'onProgress'> {
  /** Opens the source afresh for each cycle, so a dropped connection costs one cycle. */
  readonly openSource: () => Promise<Source>;
  /** The wait between the end of a cycle and the start of the next. */
  readonly intervalMs: number;
  /** Called after each cycle with its summary, or the error that ended it. */
  readonly onCycle?: (cycle: number, outcome: SyncSummary | Error) => void;
}

/**
 * Syncs again and again, `intervalMs` apart, until `signal` aborts: the file in hand is
 * finished first. A cycle that fails (the server unreachable, another sync running) is
 * logged and the next one tries again; a programming error ends the watch.
 */
export async function watchSync(options: WatchOptions): Promise<void> {
  const logger = options.logger ?? silentLogger;

  for (let cycle = 1; !options.signal?.aborted; cycle += 1) {
    const outcome = await runCycle(options, logger);
    options.onCycle?.(cycle, outcome);
    if (outcome instanceof Error) {
      const busy = outcome instanceof SyncBusyError;
      logger[busy ? 'info' : 'error'](
        { cycle, error: describeError(outcome) },
        busy ? 'another sync is running; cycle skipped' : 'sync cycle failed',
      );
    } else {
      logger.info({ cycle, ...outcome, failures: outcome.failures.length }, 'sync cycle finished');
    }

    await sleep(options.intervalMs, undefined, { signal: options.signal }).catch(() => undefined);
  }

  logger.info('watch stopped');
}

async function runCycle(options: WatchOptions, logger: Logger): Promise<SyncSummary | Error> {
  try {
    const source = await options.openSource();
    try {
      return await runSync({ ...options, source, logger });
    } finally {
      await source.close();
    }
  } catch (error) {
    if (isProgrammingError(error) || !(error instanceof Error)) throw error;
    return error;
  }
}

function isProgrammingError(error: unknown): boolean {
  return (
    error instanceof TypeError ||
    error instanceof RangeError ||
    error instanceof ReferenceError ||
    error instanceof SyntaxError
  );
}
