import { expect, it } from 'vitest';
import { CellError, readDecimal } from '../src/index.ts';
import { parsed, priced, readAll, rejected } from './helpers.ts';

it('decimal: a comma is the decimal separator; the written digits are kept', () => {
  expect(readDecimal('9,99')).toBe('9.99');
  expect(readDecimal('0,75')).toBe('0.75');
  expect(readDecimal('0,0450')).toBe('0.0450');
  expect(readDecimal('29,9000', 14, 4)).toBe('29.9000');
});

it('decimal: a dot works too, and so do whole numbers and signs', () => {
  expect(readDecimal('0.0450')).toBe('0.0450');
  expect(readDecimal('5000')).toBe('5000');
  expect(readDecimal('-12,50')).toBe('-12.50');
  expect(readDecimal('+3')).toBe('3');
  expect(readDecimal(',5')).toBe('0.5');
  expect(readDecimal('007,10')).toBe('7.10');
  expect(readDecimal('-0,00')).toBe('0.00');
});

it('decimal: spaces, no-break spaces and narrow no-break spaces separate thousands', () => {
  expect(readDecimal('1 234,56')).toBe('1234.56');
  expect(readDecimal('1\u00a0234,56')).toBe('1234.56');
  expect(readDecimal('1\u202f234,56')).toBe('1234.56');
  expect(readDecimal(' 12 345 678,9 ')).toBe('12345678.9');
});

it('decimal: exponent notation is refused, the digits behind it are lost', () => {
  expect(() => readDecimal('8,93310E+18')).toThrow(CellError);
  expect(() => readDecimal('8,93310E+18')).toThrow(/exponent notation/);
  expect(() => readDecimal('1e3')).toThrow(/exponent notation/);
});

it('decimal: text that is not a number is refused', () => {
  for (const text of ['abc', '1.234,56', '1,2,3', '-', ',', '12 €']) {
    expect(() => readDecimal(text), text).toThrow(CellError);
  }
});

it('decimal: a value the column cannot hold is refused; zeros past the scale are dropped', () => {
  expect(() => readDecimal('0,04505', 12, 4)).toThrow(
    '"0,04505" has 5 decimals; the column holds 4',
  );
  expect(() => readDecimal('123456789,5', 12, 4)).toThrow(
    '"123456789,5" has 9 digits before the decimal point; the column holds 8',
  );
  expect(readDecimal('0,045000', 12, 4)).toBe('0.0450');
  expect(readDecimal('12345678,1234', 12, 4)).toBe('12345678.1234');
});

it('decimal: the canonical value compares equal to the written one', () => {
  for (const [written, canonical] of [
    ['0,0450', '0.0450'],
    ['1 234,50', '1234.50'],
    ['-0,5', '-0.5'],
  ] as const) {
    expect(Number(readDecimal(written))).toBe(Number(canonical.replace(',', '.')));
  }
});

it('decimal: a rejected cell names its column in the row', async () => {
  const { rows } = await readAll('Libellé;Prix\r\nA;1,23456\r\nB;2\r\n', priced);

  expect(rejected(rows)).toEqual([
    {
      ok: false,
      line: 2,
      column: 'Prix',
      columnNumber: 2,
      raw: 'A;1,23456',
      reason: 'column "Prix" (2): "1,23456" has 5 decimals; the column holds 4',
    },
  ]);
  expect(parsed(rows)[0]?.values.price).toBe('2');
});
