import { GraphQLError, type GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema.ts';

function scalar(name: string) {
  return schema.getType(name) as GraphQLScalarType;
}

function refusal(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }

  throw new Error('expected the value to be refused');
}

describe('graph: scalars', () => {
  it('graph: DateTime is written ISO 8601 in UTC and read only with an offset', () => {
    const dateTime = scalar('DateTime');

    expect(dateTime.serialize(new Date('2026-10-25T00:30:00Z'))).toBe('2026-10-25T00:30:00.000Z');
    expect(dateTime.parseValue('2026-10-25T02:30:00+02:00')).toEqual(
      new Date('2026-10-25T00:30:00Z'),
    );
    expect(refusal(() => dateTime.parseValue('2026-10-25T02:30:00')).message).toMatch(
      /with an offset/,
    );
  });

  it('graph: Date is a calendar day', () => {
    const date = scalar('Date');

    expect(date.serialize('2026-10-25')).toBe('2026-10-25');
    expect(date.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(refusal(() => date.parseValue('2026-02-30')).message).toMatch(/yyyy-MM-dd/);
    expect(refusal(() => date.parseValue('25/10/2026')).message).toMatch(/yyyy-MM-dd/);
  });

  it('graph: Decimal stays a string and is never a float', () => {
    const decimal = scalar('Decimal');

    expect(decimal.serialize('0.0450')).toBe('0.0450');
    expect(decimal.parseValue('12.50')).toBe('12.50');
    expect(decimal.parseValue(12)).toBe('12');
    expect(refusal(() => decimal.parseValue(0.1)).message).toMatch(/as a string/);
    expect(refusal(() => decimal.parseValue('1e3')).message).toMatch(/no exponent/);
    expect(() => decimal.serialize(0.045)).toThrow(/Decimal cannot serialize/);
  });

  it('graph: PhoneNumber reads every spelling of the drop as E.164', () => {
    const phone = scalar('PhoneNumber');

    for (const spelling of ['0612345678', '33612345678', '+33 6 12 34 56 78', '0033612345678']) {
      expect(phone.parseValue(spelling), spelling).toBe('+33612345678');
    }
    expect(refusal(() => phone.parseValue('11223344')).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('graph: Iccid checks the Luhn digit', () => {
    const iccid = scalar('Iccid');

    expect(iccid.parseValue('8933010103105183473')).toBe('8933010103105183473');
    expect(iccid.parseValue('8933 0101 0310 5183 473F')).toBe('8933010103105183473');
    expect(refusal(() => iccid.parseValue('8933010103105183474')).message).toMatch(/Luhn/);
  });
});
