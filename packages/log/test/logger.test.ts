import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/index.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });

  return { lines, destination };
}

describe('logger: redaction', () => {
  it('logger: secrets never reach a line, at any level', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'trace', destination });

    logger.debug({ sim: { iccid: '8933', puk1: '97739173', pin1: '1790' } }, 'sim read');
    logger.info({ source: { password: 'hunter2', privateKey: '-----BEGIN' } }, 'connect');

    const text = lines.join('');
    expect(text).toContain('8933');
    expect(text).not.toMatch(/97739173|1790|hunter2|BEGIN/);
  });

  it('logger: silent under the test runner by default', () => {
    const { lines, destination } = capture();

    createLogger({ destination }).info('hello');

    expect(lines).toEqual([]);
  });
});
