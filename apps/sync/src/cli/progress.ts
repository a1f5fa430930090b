import { SingleBar, Presets } from 'cli-progress';
import type { Logger } from '@vnodrop/log';
import type { SyncProgress } from '../run/run-sync.ts';

/** A progress bar on a terminal; elsewhere, a plain line every few files. */
export function progressReporter(logger: Logger, stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) {
    return {
      update(progress: SyncProgress) {
        if (progress.path && (progress.done % 25 === 0 || progress.done === progress.total - 1)) {
          logger.info({ done: progress.done, total: progress.total }, 'progress');
        }
      },
      stop() {},
    };
  }

  const bar = new SingleBar(
    { format: 'sync [{bar}] {value}/{total} files  {file}', stream, clearOnComplete: true },
    Presets.shades_classic,
  );
  let started = false;

  return {
    update(progress: SyncProgress) {
      if (!started) {
        bar.start(progress.total, progress.done, { file: '' });
        started = true;
      }
      bar.update(progress.done, { file: progress.path ?? '' });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
