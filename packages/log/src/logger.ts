import { pino } from 'pino';
import { redactPaths } from './redact.ts';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

/** The logging surface the packages depend on: pino's, so any pino logger fits. */
export interface Logger {
  trace(obj: object | string, msg?: string): void;
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  /** Defaults to LOG_LEVEL, else `silent` under a test runner and `info` elsewhere. */
  level?: LogLevel;
  /** A name stamped on every line (`sync`, `graphql`). */
  name?: string;
  /** Where lines go; standard error by default, so standard output stays for results. */
  destination?: pino.DestinationStream;
}

function defaultLevel(env: NodeJS.ProcessEnv): LogLevel {
  if (env.LOG_LEVEL) return env.LOG_LEVEL as LogLevel;

  return env.VITEST || env.NODE_ENV === 'test' ? 'silent' : 'info';
}

/** A structured JSON logger with secrets redacted. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? defaultLevel(process.env);
  const settings: pino.LoggerOptions = {
    level,
    redact: { paths: redactPaths(), censor: '[redacted]' },
    ...(options.name ? { name: options.name } : {}),
  };

  return pino(settings, options.destination ?? pino.destination(2));
}

/** A logger that writes nothing. */
export const silentLogger: Logger = pino({ level: 'silent' });
