import { DatabaseInUseError } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { SyncBusyError } from '../errors.ts';
import { EXIT } from './exit-codes.ts';

/** Prints a failure once, plainly, and gives the exit code for it. */
export function reportFailure(command: string, error: unknown, logger: Logger): number {
  const message = error instanceof Error ? error.message : String(error);

  logger.debug({ err: error }, `${command} failed`);
  process.stderr.write(`${command}: ${message}\n`);

  const busy = error instanceof SyncBusyError || error instanceof DatabaseInUseError;

  return busy ? EXIT.busy : EXIT.failed;
}
