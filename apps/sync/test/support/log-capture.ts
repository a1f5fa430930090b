import { createLogger, type Logger } from '@vnodrop/log';

/** A logger at debug level that keeps its lines, parsed, for a test to read. */
export function capturingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => lines.push(JSON.parse(line)) },
  });

  return { logger, lines };
}
