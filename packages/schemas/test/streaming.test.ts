import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { formatOf, readCsv } from '../src/index.ts';
import type { CsvSource } from '../src/index.ts';

const HEADER = 'CdrId;CustomerId;LineNumber;CalledNumber;StartTime;Duration;Amount\r\n';

/** A VGA rated file of `rows` records made on demand, counting the chunks handed out. */
function generated(rows: number) {
  let produced = 0;
  let destroyed = 0;
  function* chunks() {
    yield Buffer.from(HEADER);
    for (let start = 0; start < rows; start += 1000) {
      const lines: string[] = [];
      for (let i = start; i < Math.min(rows, start + 1000); i += 1) {
        const minute = String(i % 60).padStart(2, '0');
        lines.push(
          `V${i};C${i % 40};0146270482;0612345678;25/10/2026 10:${minute}:00;60;0,0450\r\n`,
        );
      }
      produced += 1;
      yield Buffer.from(lines.join(''));
    }
  }
  const source: CsvSource = {
    name: 'generated.csv',
    open: () => {
      const stream = Readable.from(chunks());
      stream.once('close', () => (destroyed += 1));
      return stream;
    },
  };
  return { source, produced: () => produced, closed: () => destroyed };
}

it('streaming: a large file is read row by row, not held in memory', async () => {
  const { source } = generated(100_000);
  const file = await readCsv(source, formatOf('rated-vga'));
  let ok = 0;
  let last = 0;
  for await (const row of file.rows) {
    ok += row.ok ? 1 : 0;
    last = row.line;
  }

  expect(ok).toBe(100_000);
  expect(last).toBe(100_001);
});

it('streaming: stopping early reads no further and closes the source', async () => {
  const big = generated(1_000_000);
  const file = await readCsv(big.source, formatOf('rated-vga'));
  const before = big.produced();
  let seen = 0;
  for await (const row of file.rows) {
    seen += row.ok ? 1 : 0;
    if (seen === 10) {
      break;
    }
  }
  await new Promise((resolve) => setImmediate(resolve));

  expect(seen).toBe(10);
  expect(big.produced() - before).toBeLessThan(50);
  expect(big.closed()).toBe(2);
});
