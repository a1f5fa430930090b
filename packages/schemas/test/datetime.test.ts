import { expect, it } from 'vitest';
import { CellError, formatOf, parisDateTime, readDate } from '../src/index.ts';
import { parsed, readAll, rejected } from './helpers.ts';

const utc = (raw: string) => parisDateTime(raw).instant.toISOString();

it('datetime: Paris wall-clock time becomes an instant (winter and summer offsets)', () => {
  expect(utc('15/01/2026 10:00:00')).toBe('2026-01-15T09:00:00.000Z');
  expect(utc('15/07/2026 10:00:00')).toBe('2026-07-15T08:00:00.000Z');
  expect(utc('15/07/2026 10:00')).toBe('2026-07-15T08:00:00.000Z');
  expect(utc('5/7/2026 9:05')).toBe('2026-07-05T07:05:00.000Z');
});

it('datetime: ISO 8601 with an offset or Z is taken as written', () => {
  expect(utc('2026-10-25T02:30:00+02:00')).toBe('2026-10-25T00:30:00.000Z');
  expect(utc('2026-10-25T02:30:00+01:00')).toBe('2026-10-25T01:30:00.000Z');
  expect(utc('2026-10-25T01:30:00Z')).toBe('2026-10-25T01:30:00.000Z');
  expect(utc('2026-10-25T01:30:00.250Z')).toBe('2026-10-25T01:30:00.250Z');
  expect(utc('2026-10-25 01:30:00-0500')).toBe('2026-10-25T06:30:00.000Z');
  expect(parisDateTime('2026-10-25T02:30:00+02:00')).toMatchObject({
    ambiguous: false,
    shifted: false,
  });
});

it('datetime: ISO 8601 without an offset is Paris wall-clock time', () => {
  expect(utc('2026-07-15T10:00:00')).toBe('2026-07-15T08:00:00.000Z');
  expect(utc('2026-01-15 10:00')).toBe('2026-01-15T09:00:00.000Z');
});

it('datetime: the repeated autumn hour is read as its first occurrence and marked ambiguous', () => {
  const read = parisDateTime('25/10/2026 02:30:00');

  expect(read.instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  expect(read).toMatchObject({ ambiguous: true, shifted: false });
  expect(parisDateTime('25/10/2026 01:59:59')).toMatchObject({ ambiguous: false });
  expect(parisDateTime('25/10/2026 03:00:00')).toMatchObject({ ambiguous: false });
  expect(utc('25/10/2026 03:00:00')).toBe('2026-10-25T02:00:00.000Z');
});

it('datetime: the missing spring hour is moved forward by the gap and marked shifted', () => {
  const read = parisDateTime('29/03/2026 02:30');

  expect(read.instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  expect(read).toMatchObject({ ambiguous: false, shifted: true });
  expect(utc('29/03/2026 03:30')).toBe('2026-03-29T01:30:00.000Z');
  expect(utc('29/03/2026 01:59')).toBe('2026-03-29T00:59:00.000Z');
});

it('datetime: impossible or malformed date-times are refused', () => {
  for (const raw of [
    '31/02/2026 10:00',
    '25/10/2026 24:00',
    '25/10/2026 10:61',
    '25/10/2026',
    '2026-10-25',
    'hier',
  ]) {
    expect(() => parisDateTime(raw), raw).toThrow(CellError);
  }
});

it('datetime: rows note the columns whose time was ambiguous or shifted', async () => {
  const text =
    'CustomerId;Msisdn;PeriodStart;VolumeMB;ThresholdMB;DetectedAt\r\n' +
    'C1;0612345678;01/10/2026;10;5000;25/10/2026 02:30:00\r\n' +
    'C1;0612345678;01/03/2026;10;5000;29/03/2026 02:30\r\n' +
    'C1;0612345678;01/10/2026;10;5000;25/10/2026 12:00\r\n';
  const { rows } = await readAll(text, formatOf('high-usage'));

  expect(rejected(rows)).toEqual([]);
  expect(
    parsed(rows).map((row) => [(row.values.detectedAt as Date).toISOString(), row.notes]),
  ).toEqual([
    ['2026-10-25T00:30:00.000Z', { ambiguousTime: ['detectedAt'], shiftedTime: [], notPhone: [] }],
    ['2026-03-29T01:30:00.000Z', { ambiguousTime: [], shiftedTime: ['detectedAt'], notPhone: [] }],
    ['2026-10-25T11:00:00.000Z', { ambiguousTime: [], shiftedTime: [], notPhone: [] }],
  ]);
});

it('date: dd/MM/yyyy and ISO dates become yyyy-MM-dd; impossible dates are refused', () => {
  expect(readDate('01/10/2026')).toBe('2026-10-01');
  expect(readDate('1/2/2026')).toBe('2026-02-01');
  expect(readDate('2026-10-31')).toBe('2026-10-31');
  expect(readDate('29/02/2028')).toBe('2028-02-29');
  expect(() => readDate('31/02/2026')).toThrow('"31/02/2026" is not a real calendar date');
  expect(() => readDate('29/02/2026')).toThrow(CellError);
  expect(() => readDate('2026/10/01')).toThrow(CellError);
  expect(() => readDate('01/13/2026')).toThrow(CellError);
});
