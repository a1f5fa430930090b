import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { DemoDropError, DemoDropWriteError } from './errors.ts';

/** Lines handed to the stream at once. */
const LINES_PER_CHUNK = 2_000;
/** What the stream may buffer before asking to wait, so the disk works while lines are made. */
const STREAM_BUFFER = 1 << 20;

/**
 * Writes `count` lines made by `line(k)` after a header, CRLF-terminated, in UTF-8 chunks;
 * waits whenever the stream asks to, so memory stays flat. Returns the bytes written.
 */
export async function streamLines(
  path: string,
  header: string,
  count: number,
  line: (k: number) => string,
): Promise<number> {
  const stream = createWriteStream(path, { highWaterMark: STREAM_BUFFER });
  let bytes = 0;
  const send = async (lines: string[]): Promise<void> => {
    const chunk = Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
    bytes += chunk.length;
    if (!stream.write(chunk)) await once(stream, 'drain');
  };

  try {
    let lines = [header];
    for (let k = 0; k < count; k += 1) {
      lines.push(line(k));
      if (lines.length >= LINES_PER_CHUNK) {
        await send(lines);
        lines = [];
      }
    }
    if (lines.length > 0) await send(lines);
    stream.end();
    await finished(stream);
  } catch (error) {
    stream.destroy();
    throw error instanceof DemoDropError ? error : new DemoDropWriteError(path, error);
  }
  return bytes;
}
