import { expect, it } from 'vitest';
import { CellError, formatOf, luhnValid, readIccid } from '../src/index.ts';
import { readAll, rejected } from './helpers.ts';

it('iccid: 19 and 20 digits with a valid Luhn check digit are read', () => {
  expect(readIccid('8933100000000000045')).toBe('8933100000000000045');
  expect(readIccid('89331000000000001233')).toBe('89331000000000001233');
  expect(luhnValid('89331000000000001233')).toBe(true);
});

it('iccid: a trailing F is dropped', () => {
  expect(readIccid('8933100000000000045F')).toBe('8933100000000000045');
  expect(readIccid('8933100000000000045f')).toBe('8933100000000000045');
});

it('iccid: a wrong check digit is refused, never fixed', () => {
  expect(() => readIccid('8933100000000000046')).toThrow(CellError);
  expect(() => readIccid('8933100000000000046')).toThrow(
    'check digit is wrong in "8933100000000000046"',
  );
});

it('iccid: exponent notation, wrong lengths and letters are refused', () => {
  expect(() => readIccid('8,93310E+18')).toThrow(/exponent notation/);
  expect(() => readIccid('893310000000000004')).toThrow('has 18 digits; an ICCID has 19 or 20');
  expect(() => readIccid('89331000000000000A45')).toThrow(/digits only/);
});

it('iccid: the rejected row names the column, its position, and the problem', async () => {
  const text =
    'N° Commande;Date commande;ICCID;PIN1\r\n' + 'CMD1;15/09/2026;8933100000000000046;1234\r\n';
  const { rows } = await readAll(text, formatOf('sim-order'));

  expect(rejected(rows)).toEqual([
    {
      ok: false,
      line: 2,
      column: 'ICCID',
      columnNumber: 3,
      raw: 'CMD1;15/09/2026;8933100000000000046;***',
      reason: 'column "ICCID" (3): check digit is wrong in "8933100000000000046"',
    },
  ]);
});
