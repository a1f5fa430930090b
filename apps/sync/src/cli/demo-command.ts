import type { Logger } from '@vnodrop/log';
import { pathToFileURL } from 'node:url';
import { demoDropDir } from '../config.ts';
import { exitCodeOf } from '../run/summary.ts';
import { formatSummary } from './format-summary.ts';
import { reportFailure } from './report-failure.ts';
import { syncOnce } from './run-command.ts';

/** `sync demo`: writes the bundled demo drop, then syncs it like any other source. */
export async function demoCommand(
  options: { database?: string; json?: boolean },
  logger: Logger,
): Promise<number> {
  try {
    const dir = demoDropDir();
    // The generator is loaded for this command only: every other one starts without it.
    const { generateDemoDrop } = await import('@vnodrop/demo-drop');
    const drop = await generateDemoDrop(dir);
    logger.info({ dir, files: drop.files.length }, 'demo drop written');

    const summary = await syncOnce(pathToFileURL(dir).href, options, logger);
    process.stdout.write(
      options.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`,
    );

    return exitCodeOf(summary);
  } catch (error) {
    return reportFailure('sync demo', error, logger);
  }
}
