export { createLogger, silentLogger } from './logger.ts';
export type { Logger, LoggerOptions, LogLevel } from './logger.ts';
export { REDACTED_KEYS } from './redact.ts';
