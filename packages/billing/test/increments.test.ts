import { describe, expect, it } from 'vitest';
import {
  billedSeconds,
  IncrementError,
  parseIncrement,
  QuantityError,
  voiceAmount,
} from '../src/index.ts';

const EDGES = [0, 1, 29, 30, 31, 59, 60, 61];

/** Seconds billed at each edge, for each increment. */
const BILLED: Record<string, number[]> = {
  '60/60': [0, 60, 60, 60, 60, 60, 60, 120],
  '30/1': [0, 30, 30, 30, 31, 59, 60, 61],
  '1/1': [0, 1, 29, 30, 31, 59, 60, 61],
};

/** Amounts at each edge for 0.0450 a minute and a 0.0150 setup fee. */
const AMOUNTS: Record<string, string[]> = {
  '60/60': ['0.0000', '0.0600', '0.0600', '0.0600', '0.0600', '0.0600', '0.0600', '0.1050'],
  '30/1': ['0.0000', '0.0375', '0.0375', '0.0375', '0.0383', '0.0593', '0.0600', '0.0608'],
  '1/1': ['0.0000', '0.0158', '0.0368', '0.0375', '0.0383', '0.0593', '0.0600', '0.0608'],
};

describe('billing increments', () => {
  it.each(Object.entries(BILLED))(
    'rating: %s bills 0 to 61 seconds by its steps',
    (text, billed) => {
      const increment = parseIncrement(text);

      expect(EDGES.map((seconds) => billedSeconds(seconds, increment))).toEqual(billed);
    },
  );

  it.each(Object.entries(AMOUNTS))(
    'rating: %s prices 0 to 61 seconds, setup fee once',
    (text, amounts) => {
      const pricing = { price: '0.0450', setupFee: '0.0150', increment: parseIncrement(text) };

      expect(EDGES.map((seconds) => voiceAmount(seconds, pricing))).toEqual(amounts);
    },
  );

  it('rating: a call of 0 seconds costs nothing, not even its setup fee', () => {
    const pricing = { price: '0.3500', setupFee: '0.0800', increment: parseIncrement('60/60') };

    expect(voiceAmount(0, pricing)).toBe('0.0000');
    expect(voiceAmount(1, pricing)).toBe('0.4300');
    expect(voiceAmount(1561, pricing)).toBe('9.5300');
  });

  it('rating: the setup fee is added once per call, not once per step', () => {
    const pricing = { price: '0.0450', setupFee: '0.0150', increment: parseIncrement('60/60') };

    expect(voiceAmount(2754, pricing)).toBe('2.0850');
  });

  it('rating: long calls, and steps that do not divide the first one', () => {
    expect(billedSeconds(3600, parseIncrement('60/60'))).toBe(3600);
    expect(billedSeconds(3601, parseIncrement('60/60'))).toBe(3660);
    expect(billedSeconds(100, parseIncrement('45/20'))).toBe(105);
    expect(billedSeconds(45, parseIncrement(' 45 / 20 '))).toBe(45);
  });

  it('rating: a voice rate without an increment bills by the second', () => {
    expect(billedSeconds(7)).toBe(7);
    expect(voiceAmount(7, { price: '0.6000', setupFee: null, increment: null })).toBe('0.0700');
  });

  it('rating: malformed increments and durations are refused with what to fix', () => {
    expect(() => parseIncrement('60')).toThrow(IncrementError);
    expect(() => parseIncrement('0/60')).toThrow(/first\/next whole seconds of at least 1/);
    expect(() => billedSeconds(10, { first: 30, next: 0 })).toThrow(IncrementError);
    expect(() => billedSeconds(-1)).toThrow(QuantityError);
    expect(() => billedSeconds(1.5)).toThrow(/whole number/);
  });
});
