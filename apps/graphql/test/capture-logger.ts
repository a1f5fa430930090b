/** A logger whose lines are kept as text, for tests that read what was logged. */
import { Writable } from 'node:stream';
import { createLogger, type LogLevel } from '@vnodrop/log';

export function captureLogger(level: LogLevel) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });

  return { lines, logger: createLogger({ level, destination }) };
}
