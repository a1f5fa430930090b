/**
 * Yoga's logging surface over the injected logger: a masked error is logged here, once, with
 * the messages of its causes.
 */
import type { Logger } from '@vnodrop/log';
import type { YogaLogger } from 'graphql-yoga';

type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * The messages under an error: the error a GraphQL error wraps, and each `cause` below it
 * (the database's own message is often the last). Only logged, never shown to a client.
 */
export function causesOf(error: Error): string[] {
  const causes: string[] = [];
  let current: unknown = (error as { originalError?: unknown }).originalError ?? error.cause;

  while (current instanceof Error && causes.length < 5) {
    const code = (current as { code?: unknown }).code;

    causes.push(typeof code === 'string' ? `${code}: ${current.message}` : current.message);
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }

  return causes;
}

function forward(logger: Logger, level: Level) {
  return (...args: unknown[]) => {
    const [first, ...rest] = args;

    if (first instanceof Error) {
      const causes = causesOf(first);

      logger[level]({ err: first, ...(causes.length > 0 ? { causes } : {}) }, first.message);
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
