/**
 * The request a piece of code runs for: its id and a logger that stamps it on every line.
 * The HTTP server opens the context for each request (`withRequest`); whatever runs inside,
 * resolvers, Yoga's error logging, the read scope, logs through `requestLogger(base)` with the
 * request id, without the id being passed around.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@vnodrop/log';

export const REQUEST_ID_HEADER = 'x-request-id';

export interface RequestContext {
  readonly requestId: string;
  readonly logger: Logger;
  /** The operations the request ran, by name, for its log line. */
  readonly operations: string[];
  /** The codes of the errors its response carried. */
  readonly errors: string[];
}

const storage = new AsyncLocalStorage<RequestContext>();

/** A caller's id is kept when it is short and printable; otherwise a new one is made. */
const ACCEPTED_ID = /^[\w.:@/+=-]{1,128}$/;

/** The id a request goes by: the `x-request-id` it came with, or a new UUID. */
export function requestIdOf(header: string | string[] | null | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;

  return value && ACCEPTED_ID.test(value) ? value : randomUUID();
}

export function withRequest<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const;

/** `base`, or the current request's child of it, whichever applies when a line is written. */
export function requestLogger(base: Logger): Logger {
  const current = () => storage.getStore()?.logger ?? base;
  const logger = { child: (bindings: Record<string, unknown>) => current().child(bindings) };

  for (const level of LEVELS) {
    Object.assign(logger, {
      [level]: (...args: Parameters<Logger['info']>) => current()[level](...args),
    });
  }

  return logger as Logger;
}
