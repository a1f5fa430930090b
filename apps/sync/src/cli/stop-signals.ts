import { constants } from 'node:os';
import type { Logger } from '@vnodrop/log';

export interface StopSignals {
  /** Aborted, with the signal's name as reason, on the first SIGTERM or SIGINT. */
  readonly signal: AbortSignal;
  dispose(): void;
}

const NAMES = ['SIGTERM', 'SIGINT'] as const;

/**
 * Turns SIGTERM and SIGINT into a request to stop once the file in hand is done, so that a
 * service manager or Ctrl-C stops the sync cleanly; a second signal ends the process at once.
 */
export function stopOnSignals(logger: Logger): StopSignals {
  const controller = new AbortController();

  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(128 + constants.signals[name]);

    logger.warn({ signal: name }, 'stopping after the file in hand; send it again to stop now');
    controller.abort(name);
  };
  for (const name of NAMES) process.on(name, onSignal);

  return {
    signal: controller.signal,
    dispose() {
      for (const name of NAMES) process.off(name, onSignal);
    },
  };
}
