import { describe, expect, it } from 'vitest';
import {
  amountDifference,
  dataAmount,
  DecimalError,
  roundAmount,
  sumAmounts,
  unitAmount,
} from '../src/index.ts';

describe('amounts', () => {
  it('rating: amounts are rounded half-up to 4 decimals, never half-even', () => {
    expect(roundAmount('0.00005')).toBe('0.0001');
    expect(roundAmount('0.000049999')).toBe('0.0000');
    expect(roundAmount('1.23445')).toBe('1.2345');
    expect(roundAmount('0.48525')).toBe('0.4853');
    expect(roundAmount('2.5')).toBe('2.5000');
    expect(roundAmount('-0.00005')).toBe('-0.0001');
  });

  it('rating: data is priced per megabyte of 1,024 kilobytes', () => {
    expect(dataAmount(1024, '0.0020')).toBe('0.0020');
    expect(dataAmount(40284, '0.0020')).toBe('0.0787');
    expect(dataAmount(0, '0.0020')).toBe('0.0000');
    expect(dataAmount(1, '0.0020')).toBe('0.0000');
  });

  it('rating: a data amount exactly half-way rounds up', () => {
    // 248,448 kB at 0.0020 is 0.48525 and 60,032 kB is 0.11725, exactly.
    expect(dataAmount(248448, '0.0020')).toBe('0.4853');
    expect(dataAmount(60032, '0.0020')).toBe('0.1173');
  });

  it('rating: SMS and MMS are priced per message', () => {
    expect(unitAmount(1, '0.0090')).toBe('0.0090');
    expect(unitAmount(3, '0.0090')).toBe('0.0270');
    expect(unitAmount(0, '0.0090')).toBe('0.0000');
  });

  it('rating: a difference is the wholesaler amount less the expected one, exactly', () => {
    expect(amountDifference('0.3546', '0.2546')).toBe('0.1000');
    expect(amountDifference('0.0787', '0.0787')).toBe('0.0000');
    expect(amountDifference('0', '0.0150')).toBe('-0.0150');
  });

  it('rating: sums never pass through a float', () => {
    expect(sumAmounts(['0.1', '0.2'])).toBe('0.3000');
    expect(sumAmounts(Array.from({ length: 10 }, () => '0.0001'))).toBe('0.0010');
    expect(sumAmounts([])).toBe('0.0000');
  });

  it('rating: a price that is not a decimal is refused, naming it', () => {
    expect(() => unitAmount(1, '0,0090')).toThrow(DecimalError);
    expect(() => unitAmount(1, 'Infinity')).toThrow(/The price "Infinity" is not a decimal/);
  });
});
