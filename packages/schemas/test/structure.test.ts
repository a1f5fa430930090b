import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { CsvSyntaxError, readCsv } from '../src/index.ts';
import { abc, collect, daily, parsed, readAll, rejected, sourceOf } from './helpers.ts';

it('structure: a header line with one more empty cell than the data lines adds no column', async () => {
  const { file, rows } = await readAll('Date;Volume;\r\n01/02/2026;2,6\r\n', daily);

  expect(file.headers).toEqual(['Date', 'Volume']);
  expect(file.extraHeaders).toEqual([]);
  expect(rows).toHaveLength(1);
  expect(parsed(rows)[0]?.values).toEqual({ date: '2026-02-01', volume: '2.6' });
  expect(parsed(rows)[0]?.extra).toEqual({});
});

it('structure: data lines repeating the trailing empty cell are read too', async () => {
  const { rows } = await readAll('Date;Volume;\r\n01/02/2026;2,6;\r\n02/02/2026;3\r\n', daily);

  expect(rejected(rows)).toEqual([]);
  expect(parsed(rows).map((row) => row.values.volume)).toEqual(['2.6', '3']);
});

it('structure: rows with too few or too many fields are rejected with their line, never padded', async () => {
  const { rows } = await readAll('A;B;C\r\n1;2\r\n4;5;6;7\r\n8;9;10\r\n', abc);

  expect(rejected(rows)).toEqual([
    { ok: false, line: 2, raw: '1;2', reason: '2 fields, expected 3' },
    { ok: false, line: 3, raw: '4;5;6;7', reason: '4 fields, expected 3' },
  ]);
  expect(parsed(rows).map((row) => [row.line, row.values])).toEqual([
    [4, { a: '8', b: '9', c: '10' }],
  ]);
});

it('structure: blank lines are not rows, and line numbers stay physical', async () => {
  const text = '\r\nA;B;C\r\n\r\n1;2;3\r\n   \r\n;;\r\n4;5;6\r\n\r\n\r\n';
  const { rows } = await readAll(text, abc);

  expect(rows.map((row) => row.line)).toEqual([4, 7]);
  expect(rejected(rows)).toEqual([]);
});

it('structure: a quoted field spanning lines keeps its breaks and advances the line count', async () => {
  const text = 'A;B;C\n"first\r\nsecond\nthird";"x;y";"say ""hi"""\n1;2;3\n';
  const { rows } = await readAll(text, abc, { chunkSize: 3 });

  expect(parsed(rows).map((row) => row.line)).toEqual([2, 5]);
  expect(parsed(rows)[0]?.values).toEqual({ a: 'first\r\nsecond\nthird', b: 'x;y', c: 'say "hi"' });
  expect(parsed(rows)[0]?.raw).toBe('"first\r\nsecond\nthird";"x;y";"say ""hi"""');
});

it('structure: LF, CRLF and a last line without a line end all work', async () => {
  for (const text of [
    'A;B;C\n1;2;3\n4;5;6',
    'A;B;C\r\n1;2;3\r\n4;5;6',
    'A;B;C\r\n1;2;3\n4;5;6\r\n',
  ]) {
    const { rows } = await readAll(text, abc);

    expect(parsed(rows).map((row) => row.values.c)).toEqual(['3', '6']);
  }
});

it('structure: a comma-delimited file is recognised from its header line', async () => {
  const { file, rows } = await readAll('A,B,C\r\n1,"2,5",3\r\n', abc);

  expect(file.delimiter).toBe(',');
  expect(parsed(rows)[0]?.values).toEqual({ a: '1', b: '2,5', c: '3' });
  expect(parsed(rows)[0]?.raw).toBe('1,"2,5",3');
});

it('structure: semicolons win over commas in the header line', async () => {
  const { file } = await readAll('A;B;C,D\r\n1;2;3\r\n', abc);

  expect(file.delimiter).toBe(';');
});

it('structure: an unclosed quote is a CsvSyntaxError naming the file and the line', async () => {
  const file = await readCsv(sourceOf('A;B;C\r\n1;2;3\r\n4;"5;6\r\n7;8;9\r\n', 'broken.csv'), abc);
  const error = await collect(file.rows).catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(CsvSyntaxError);
  expect(error).toMatchObject({ file: 'broken.csv', line: 3 });
  expect((error as Error).message).toMatch(/^"broken.csv" line 3: a quoted field is not closed/);
  expect((error as Error).cause).toBeInstanceOf(Error);
});

it('structure: text after a closing quote is a CsvSyntaxError at that record', async () => {
  const text = `A;B;C\r\n${'1;2;3\r\n'.repeat(50)}"4"x;5;6\r\n7;8;9\r\n`;
  const file = await readCsv(sourceOf(text, 'quote.csv', 40), abc);
  const error = await collect(file.rows).catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(CsvSyntaxError);
  expect(error).toMatchObject({ file: 'quote.csv', line: 52 });
});

it('structure: a quote left open for more than a megabyte stops the read at once', async () => {
  const text = `A;B;C\r\n1;"2;3\r\n${'4;5;6\r\n'.repeat(200_000)}`;
  const file = await readCsv(sourceOf(text, 'open.csv'), abc);
  const error = await collect(file.rows).catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(CsvSyntaxError);
  expect(error).toMatchObject({ line: 2 });
});

it('structure: an empty file has no header, so its required columns are missing', async () => {
  await expect(readCsv(sourceOf('', 'empty.csv'), abc)).rejects.toMatchObject({
    name: 'MissingColumnError',
    columns: ['A'],
    headers: [],
  });
});

it('structure: a value under the header’s trailing empty cell is not silently dropped', async () => {
  const { rows } = await readAll('Date;Volume;\r\n01/02/2026;2,6;oops\r\n', daily);

  expect(rejected(rows)).toEqual([
    { ok: false, line: 2, raw: '01/02/2026;2,6;oops', reason: '3 fields, expected 2' },
  ]);
});

it('structure: a source that fails is a SourceReadError naming the file', async () => {
  const failing = {
    name: 'gone.csv',
    open: () =>
      new Readable({
        read() {
          this.destroy(new Error('connection reset'));
        },
      }),
  };

  await expect(readCsv(failing, abc)).rejects.toMatchObject({
    name: 'SourceReadError',
    file: 'gone.csv',
    message: '"gone.csv" could not be read: connection reset',
  });
});

it('structure: a source failing while rows are read is a SourceReadError from the rows', async () => {
  let opened = 0;
  const flaky = {
    name: 'flaky.csv',
    open: () => {
      opened += 1;
      const lines = ['A;B;C\r\n', '1;2;3\r\n'];
      return new Readable({
        read() {
          const next = lines.shift();
          if (next !== undefined) {
            this.push(next);
          } else if (opened > 1) {
            this.destroy(new Error('connection reset'));
          } else {
            this.push(null);
          }
        },
      });
    },
  };
  const file = await readCsv(flaky, abc);
  const error = await collect(file.rows).catch((caught: unknown) => caught);

  expect(error).toMatchObject({
    name: 'SourceReadError',
    file: 'flaky.csv',
    message: '"flaky.csv" could not be read: connection reset',
  });
});

it('structure: rows are a stream, iterated once', async () => {
  const { file } = await readAll('A;B;C\r\n1;2;3\r\n', abc);

  expect(() => file.rows[Symbol.asyncIterator]()).toThrow(/iterate them once/);
});
