import { describe, expect, it } from 'vitest';
import {
  parisDate,
  parseIncrement,
  RateBook,
  rateUsage,
  ratingNumber,
  type Rate,
  type Usage,
} from '../src/index.ts';

let nextId = 1;

function rate(fields: Partial<Rate> & Pick<Rate, 'prefix' | 'price'>): Rate {
  return {
    id: nextId++,
    tableCode: 'GRILLE-MOB-2026',
    service: 'MOBILE',
    eventType: 'VOICE',
    setupFee: '0',
    increment: parseIncrement('30/1'),
    validFrom: '2026-01-01',
    validTo: null,
    ...fields,
  };
}

const SUMMER = { validFrom: '2026-01-01', validTo: '2026-09-30' };
const AUTUMN = { validFrom: '2026-10-01', validTo: null };

const book = new RateBook([
  rate({ prefix: '33', price: '0.0100' }),
  rate({ prefix: '336', price: '0.0120' }),
  rate({ prefix: '3389', price: '0.3500', setupFee: '0.0800', increment: parseIncrement('60/60') }),
  rate({ prefix: '212', price: '0.3200', increment: parseIncrement('60/60') }),
  rate({ prefix: '2126', price: '0.4100', increment: parseIncrement('60/60'), ...SUMMER }),
  rate({ prefix: '2126', price: '0.3800', increment: parseIncrement('60/60'), ...AUTUMN }),
  rate({ prefix: '44', price: '0.0450', validFrom: '2026-11-01' }),
  rate({ prefix: '33', price: '0.0090', eventType: 'SMS', increment: null }),
  rate({ prefix: null, price: '0.0020', eventType: 'DATA', increment: null }),
  rate({ prefix: '336', price: '0.0450', service: 'VGA', tableCode: 'GRILLE-FIXE-2026' }),
]);

function call(number: string | null, fields: Partial<Usage> = {}): Usage {
  return {
    tariffCode: 'GRILLE-MOB-2026',
    service: 'MOBILE',
    eventType: 'VOICE',
    startedAt: new Date('2026-10-25T10:00:00Z'),
    number,
    durationS: 60,
    volume: null,
    ...fields,
  };
}

function rated(usage: Usage) {
  const rating = rateUsage(usage, book);
  return rating.status === 'rated'
    ? { prefix: rating.rate.prefix, amount: rating.expectedAmount, billed: rating.billedSeconds }
    : rating;
}

describe('rate lookup', () => {
  it('rating: the longest prefix that starts the number wins', () => {
    expect(rated(call('33612345678'))).toMatchObject({ prefix: '336', amount: '0.0120' });
    expect(rated(call('33891165915', { durationS: 61 }))).toMatchObject({
      prefix: '3389',
      amount: '0.7800',
      billed: 120,
    });
    expect(rated(call('33145678901'))).toMatchObject({ prefix: '33', amount: '0.0100' });
    expect(rated(call('212520741209'))).toMatchObject({ prefix: '212', amount: '0.3200' });
  });

  it('rating: a rate table that changed on a date prices each call by its Paris day', () => {
    const lastSummerEvening = new Date('2026-09-30T21:59:59Z');
    const firstAutumnMidnight = new Date('2026-09-30T22:00:00Z');

    expect(parisDate(lastSummerEvening)).toBe('2026-09-30');
    expect(parisDate(firstAutumnMidnight)).toBe('2026-10-01');
    expect(rated(call('212632788147', { startedAt: lastSummerEvening }))).toMatchObject({
      prefix: '2126',
      amount: '0.4100',
    });
    expect(rated(call('212632788147', { startedAt: firstAutumnMidnight }))).toMatchObject({
      prefix: '2126',
      amount: '0.3800',
    });
  });

  it('rating: a longer prefix not yet valid gives way to a shorter one', () => {
    const rating = rateUsage(call('447700900123'), book);

    expect(rating).toEqual({ status: 'no-rate', reason: 'no-prefix' });
    const later = rateUsage(
      call('447700900123', { startedAt: new Date('2026-11-02T09:00:00Z') }),
      book,
    );
    expect(later).toMatchObject({ status: 'rated', expectedAmount: '0.0450' });

    const narrower = new RateBook([
      rate({ prefix: '33', price: '0.0100' }),
      rate({ prefix: '336', price: '0.0120', validFrom: '2026-12-01' }),
    ]);
    expect(rateUsage(call('33612345678'), narrower)).toMatchObject({ expectedAmount: '0.0100' });
  });

  it('rating: between two rates of one prefix valid the same day, the later start wins', () => {
    const overlapping = new RateBook([
      rate({ prefix: '33', price: '0.0100', validFrom: '2026-01-01' }),
      rate({ prefix: '33', price: '0.0200', validFrom: '2026-10-01' }),
    ]);

    expect(rateUsage(call('33145678901'), overlapping)).toMatchObject({ expectedAmount: '0.0200' });
  });

  it('rating: SMS use their own rates and prefixes, per message', () => {
    const sms = (number: string, volume: number | null) =>
      rated(call(number, { eventType: 'SMS', durationS: null, volume }));

    expect(sms('33609759230', 1)).toMatchObject({ prefix: '33', amount: '0.0090', billed: null });
    expect(sms('33609759230', 2)).toMatchObject({ amount: '0.0180' });
    expect(sms('33609759230', null)).toMatchObject({ amount: '0.0090' });
    expect(sms('212632788147', 1)).toEqual({ status: 'no-rate', reason: 'no-prefix' });
  });

  it('rating: data has one rate per table and validity, whatever the number', () => {
    const data = rated(call(null, { eventType: 'DATA', durationS: null, volume: 40284 }));

    expect(data).toEqual({ prefix: null, amount: '0.0787', billed: null });
  });

  it('rating: the service of the record picks the rates of its family', () => {
    const fixed = call('33612345678', { service: 'VGA', tariffCode: 'GRILLE-FIXE-2026' });

    expect(rated(fixed)).toMatchObject({ amount: '0.0450' });
    expect(rated({ ...fixed, tariffCode: 'GRILLE-MOB-2026' })).toEqual({
      status: 'no-rate',
      reason: 'no-table',
    });
  });

  it('rating: why a record has no rate', () => {
    expect(rateUsage(call('33612345678', { tariffCode: null }), book)).toEqual({
      status: 'no-rate',
      reason: 'no-tariff-code',
    });
    expect(rateUsage(call('33612345678', { tariffCode: 'GRILLE-XX' }), book)).toMatchObject({
      reason: 'no-table',
    });
    const beforeAnyRate = call('33612345678', { startedAt: new Date('2025-12-31T12:00:00Z') });
    expect(rateUsage(beforeAnyRate, book)).toMatchObject({ reason: 'no-table' });
    expect(rateUsage(call(null), book)).toMatchObject({ reason: 'no-number' });
    expect(rateUsage(call('33612345678', { eventType: 'MMS' }), book)).toMatchObject({
      reason: 'no-table',
    });
  });

  it('rating: a number is matched in international form without +, a short code as written', () => {
    expect(ratingNumber('+33612345678', '0612345678')).toBe('33612345678');
    expect(ratingNumber(null, '3179')).toBe('3179');
    expect(ratingNumber(null, ' 36 15 ')).toBe('3615');
    expect(ratingNumber(null, '')).toBeNull();
    expect(ratingNumber(null, null)).toBeNull();
  });

  it('rating: the Paris day follows summer and winter time', () => {
    expect(parisDate(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25');
    expect(parisDate(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
    expect(parisDate(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(parisDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(parisDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
