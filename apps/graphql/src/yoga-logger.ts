/** Yoga's logging surface over the injected logger: a masked error is logged here, once. */
import type { Logger } from '@vnodrop/log';
import type { YogaLogger } from 'graphql-yoga';

type Level = 'debug' | 'info' | 'warn' | 'error';

function forward(logger: Logger, level: Level) {
  return (...args: unknown[]) => {
    const [first, ...rest] = args;

    if (first instanceof Error) {
      logger[level]({ err: first }, first.message);
      return;
    }

    logger[level](rest.length > 0 ? { details: rest } : {}, String(first));
  };
}

export function yogaLogger(logger: Logger): YogaLogger {
  return {
    debug: forward(logger, 'debug'),
    info: forward(logger, 'info'),
    warn: forward(logger, 'warn'),
    error: forward(logger, 'error'),
  };
}
