import { describe, expect, it } from 'vitest';
import { csvField, csvText, encodeText } from '../src/csv.ts';
import { luhnCheckDigit } from '../src/iccid.ts';
import { formatDecimal, parseDecimal } from '../src/money.ts';
import { spellFrench, toInternational } from '../src/phone.ts';

describe('building blocks', () => {
  it('csv: quotes a field only when it holds ;, " or a line break', () => {
    expect(csvField('Fromagerie Lefèvre')).toBe('Fromagerie Lefèvre');
    expect(csvField('ZA; Bât. C')).toBe('"ZA; Bât. C"');
    expect(csvField('Bar "Le Zinc"')).toBe('"Bar ""Le Zinc"""');
    expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
  });

  it('csv: ends a file with a line end, nothing, or a blank line', () => {
    const rows = [['1', '2']];
    expect(csvText(['a', 'b'], rows, { encoding: 'utf-8', eol: '\r\n' })).toBe('a;b\r\n1;2\r\n');
    expect(csvText(['a', 'b'], rows, { encoding: 'utf-8', eol: '\n', ending: 'none' })).toBe(
      'a;b\n1;2',
    );
    expect(csvText(['a', 'b'], rows, { encoding: 'utf-8', eol: '\n', ending: 'blank-line' })).toBe(
      'a;b\n1;2\n\n',
    );
  });

  it('csv: Windows-1252 encodes € as 0x80 and refuses what it cannot hold', () => {
    expect([...encodeText('€’é', 'windows-1252')]).toEqual([0x80, 0x92, 0xe9]);
    expect([...encodeText('é', 'utf-8-bom')]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
    expect(() => encodeText('Ω', 'windows-1252')).toThrow(/Windows-1252/);
  });

  it('money: decimals are written with a comma and a space between thousands', () => {
    expect(formatDecimal(parseDecimal('0,0787'))).toBe('0,0787');
    expect(formatDecimal(parseDecimal('1234.5'), { places: 2, thousands: ' ' })).toBe('1 234,50');
    expect(formatDecimal(parseDecimal('1234567'), { places: 2, thousands: ' ' })).toBe(
      '1 234 567,00',
    );
    expect(formatDecimal(0n, { bareZero: true })).toBe('0');
    expect(formatDecimal(parseDecimal('12.5'), { trim: true })).toBe('12,5');
    expect(() => formatDecimal(parseDecimal('0.0787'), { places: 2 })).toThrow(RangeError);
  });

  it('phone: one French number, four spellings, one international form', () => {
    const spellings = (['national', 'international', 'plus', 'double-zero'] as const).map((s) =>
      spellFrench('0612345678', s),
    );
    expect(spellings).toEqual(['0612345678', '33612345678', '+33612345678', '0033612345678']);
    expect(new Set(spellings.map(toInternational))).toEqual(new Set(['33612345678']));
    expect(toInternational('3179')).toBe('3179');
  });

  it('iccid: the Luhn check digit of known card numbers', () => {
    expect(luhnCheckDigit('893301010310518347')).toBe('3');
    expect(luhnCheckDigit('8933011182449353487')).toBe('3');
    expect(luhnCheckDigit('7992739871')).toBe('3');
  });
});
