import { classifyPath, CsvSyntaxError, MissingColumnError } from '@vnodrop/schemas';
import { describe, expect, it } from 'vitest';
import type { StageEvent } from '../src/load/stage-batches.ts';
import type { StageFormat } from '../src/load/stage-text.ts';
import { readCsvInline, type CsvReadRequest } from '../src/run/csv-reading.ts';
import { readCsvInWorker } from '../src/run/csv-workers.ts';
import { DropBuilder, MOBILE_HEADER, mobileRow } from './support/drop-builder.ts';

const PATH = 'RatedCDRs/MOBILE/RatedCDRs_MOBILE_VNO042_20261025_1000.csv';

/** Valid rows with a few kinds of rejects among them, enough of both for several batches. */
function mobileLines(): string[] {
  const lines = [MOBILE_HEADER];
  for (let i = 1; i <= 12_000; i += 1) {
    const id = `M${String(i).padStart(9, '0')}`;
    if (i % 10 === 0) lines.push(mobileRow(id, { msisdn: '11223344' }));
    else if (i % 997 === 0) lines.push(`${id};C000001;0612345678`);
    else if (i % 1_001 === 0) lines.push(mobileRow(id, { start: '"25/10/2026\n02:30:00"' }));
    else
      lines.push(mobileRow(id, { start: `25/10/2026 02:${String(i % 60).padStart(2, '0')}:00` }));
  }

  return lines;
}

async function request(content: string[], format: StageFormat = 'copy'): Promise<CsvReadRequest> {
  const drop = await DropBuilder.create();
  const localPath = await drop.write(PATH, content);

  return {
    path: PATH,
    localPath,
    facts: classifyPath(PATH)!,
    fileId: 7,
    fileTime: new Date('2026-10-25T08:00:00Z'),
    format,
  };
}

async function collect(events: AsyncIterable<StageEvent>): Promise<StageEvent[]> {
  const all: StageEvent[] = [];
  for await (const event of events) all.push(event);

  return all;
}

async function failure(events: AsyncIterable<StageEvent>): Promise<unknown> {
  return collect(events).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('csv reading: on a worker thread as on this one', () => {
  it.each(['copy', 'json'] as const)(
    'csv reading: the same batches, rejects and counts in %s',
    async (format) => {
      const read = await request(mobileLines(), format);

      const inline = await collect(readCsvInline(read));
      const threaded = await collect(readCsvInWorker(read));

      expect(threaded).toEqual(inline);
      const rejected = inline.flatMap((e) => (e.kind === 'rejected' ? e.rows : []));
      expect(rejected.length).toBeGreaterThan(1_000);
      expect(rejected[0]).toMatchObject({ line: 11, column: 'Msisdn', columnNumber: 3 });
      expect(inline.filter((e) => e.kind === 'rows').length).toBeGreaterThan(2);
      expect(inline.at(-1)).toEqual({ kind: 'done', rowsTotal: 12_000 });
    },
  );

  it('csv reading: a header without a required column fails with the same error', async () => {
    const read = await request(['CdrId;CustomerId', 'M1;C000001']);

    const inline = await failure(readCsvInline(read));
    const threaded = await failure(readCsvInWorker(read));

    expect(threaded).toBeInstanceOf(MissingColumnError);
    expect(threaded).toMatchObject({ message: (inline as Error).message, file: PATH });
    expect((threaded as MissingColumnError).columns).toEqual(
      (inline as MissingColumnError).columns,
    );
  });

  it('csv reading: a quote left open fails with its line, then the thread reads on', async () => {
    const broken = await request([MOBILE_HEADER, mobileRow('M1'), `${mobileRow('M2')};"open`]);

    const error = await failure(readCsvInWorker(broken));
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({
      line: 3,
      message: ((await failure(readCsvInline(broken))) as Error).message,
    });

    const good = await request([MOBILE_HEADER, mobileRow('M1')]);
    expect(await collect(readCsvInWorker(good))).toEqual(await collect(readCsvInline(good)));
  });

  it('csv reading: a reading stopped early lets its file go, and the next one reads', async () => {
    const read = await request(mobileLines());

    for await (const event of readCsvInWorker(read)) {
      if (event.kind === 'rows') break;
    }

    expect(await collect(readCsvInWorker(read))).toEqual(await collect(readCsvInline(read)));
  });
});
