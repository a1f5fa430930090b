import { describe, expect, it } from 'vitest';
import { makeDay } from '../src/civil-time.ts';
import { demoRateTables } from '../src/rate-tables.ts';
import {
  billedSeconds,
  dataAmount,
  formatDecimal,
  parseDecimal,
  RateBook,
  unitAmount,
  voiceAmount,
  type RateLine,
} from '../src/index.ts';

/** Amounts worked out by hand, in euros. */

function line(price: string, setupFee: string, increment?: string): RateLine {
  const [first, next] = (increment ?? '1/1').split('/').map(Number);
  return {
    table: 'TEST',
    service: 'MOBILE',
    type: increment ? 'VOICE' : 'DATA',
    prefix: '',
    destination: 'Test',
    zone: 'NAT',
    price: parseDecimal(price),
    setupFee: parseDecimal(setupFee),
    increment: { first: first ?? 1, next: next ?? 1 },
    validFrom: makeDay(2026, 1, 1),
  };
}

const euros = (units: bigint): string => formatDecimal(units, { separator: '.' });

describe('rating', () => {
  it('rating: a 61 s call at 60/60 is billed two minutes plus the setup fee', () => {
    const premium = line('0.3500', '0.0800', '60/60');

    expect(billedSeconds(61, { first: 60, next: 60 })).toBe(120);
    expect(euros(voiceAmount(61, premium))).toBe('0.7800');
    expect(euros(voiceAmount(60, premium))).toBe('0.4300');
  });

  it('rating: a 0 s call costs nothing, setup fee included', () => {
    expect(billedSeconds(0, { first: 60, next: 60 })).toBe(0);
    expect(voiceAmount(0, line('0.3500', '0.0800', '60/60'))).toBe(0n);
  });

  it('rating: 30/1 bills 30 s for 29 and 30 s, then by the second', () => {
    const mobile = line('0.0120', '0', '30/1');

    expect([29, 30, 31].map((s) => billedSeconds(s, { first: 30, next: 1 }))).toEqual([30, 30, 31]);
    expect([29, 30, 31].map((s) => euros(voiceAmount(s, mobile)))).toEqual([
      '0.0060',
      '0.0060',
      '0.0062',
    ]);
  });

  it('rating: data is priced per megabyte of 1,024 kB', () => {
    expect(euros(dataAmount(1025, line('1.0000', '0')))).toBe('1.0010');
    expect(euros(dataAmount(1025, line('0.0020', '0')))).toBe('0.0020');
    expect(euros(dataAmount(1024, line('0.0020', '0')))).toBe('0.0020');
    expect(euros(dataAmount(40284, line('0.0020', '0')))).toBe('0.0787');
  });

  it('rating: rounds half-up to 4 decimals', () => {
    expect(euros(voiceAmount(10, line('0.0003', '0', '1/1')))).toBe('0.0001');
    expect(euros(voiceAmount(9, line('0.0003', '0', '1/1')))).toBe('0.0000');
    expect(euros(dataAmount(512, line('0.0001', '0')))).toBe('0.0001');
  });

  it('rating: SMS and MMS are priced per unit', () => {
    expect(euros(unitAmount(3, line('0.0090', '0')))).toBe('0.0270');
  });

  it('rating: the longest prefix valid on the call day wins', () => {
    const change = makeDay(2026, 10, 25);
    const book = new RateBook(demoRateTables(2026, change).flatMap((table) => table.lines));
    const before = makeDay(2026, 10, 24);

    expect(book.find('MOBILE', 'VOICE', '212612345678', before)?.destination).toBe('Maroc Mobile');
    expect(book.find('MOBILE', 'VOICE', '212522123456', before)?.destination).toBe('Maroc');
    expect(euros(book.find('MOBILE', 'VOICE', '212612345678', before)?.price ?? -1n)).toBe(
      '0.4100',
    );
    expect(euros(book.find('MOBILE', 'VOICE', '212612345678', change)?.price ?? -1n)).toBe(
      '0.3800',
    );
    expect(book.find('MOBILE', 'VOICE', '33891234567', change)?.destination).toBe(
      'Numéros spéciaux',
    );
    expect(book.find('MOBILE', 'VOICE', '33612345678', change)?.destination).toBe('France Mobile');
    expect(book.find('MOBILE', 'VOICE', '33240123456', change)?.destination).toBe('France Fixe');
    expect(book.find('MOBILE', 'VOICE', '3179', change)?.destination).toBe('Numéro court');
    expect(book.find('MOBILE', 'DATA', '', makeDay(2025, 12, 31))).toBeUndefined();
  });
});
