import { expect, it } from 'vitest';
import { CellError, formatOf, normalizePhone, readCalledNumber } from '../src/index.ts';
import { parsed, readAll, rejected } from './helpers.ts';

it('phone: French numbers in every written form give one E.164 number', () => {
  for (const raw of [
    '0612345678',
    '33612345678',
    '0033612345678',
    '+33612345678',
    '+33 (0)6 12 34 56 78',
    '06 12 34 56 78',
    '06.12.34.56.78',
  ]) {
    expect(normalizePhone(raw), raw).toEqual({ e164: '+33612345678', raw });
  }
});

it('phone: 11+ digits not starting with 0 are international without the +', () => {
  expect(normalizePhone('212616938597').e164).toBe('+212616938597');
  expect(normalizePhone('442073286326').e164).toBe('+442073286326');
});

it('phone: 00 is the international prefix', () => {
  expect(normalizePhone('0041797629160').e164).toBe('+41797629160');
  expect(normalizePhone('0021671775803').e164).toBe('+21671775803');
});

it('phone: the raw value is kept as written (trimmed)', () => {
  expect(normalizePhone(' 0033 6 12 34 56 78 ')).toEqual({
    e164: '+33612345678',
    raw: '0033 6 12 34 56 78',
  });
});

it('phone: geographic, VoIP and premium French ranges are valid', () => {
  for (const raw of [
    '0115430391',
    '0593252880',
    '0104786863',
    '0997746886',
    '0934216073',
    '0891165915',
    '0146270482',
  ]) {
    expect(normalizePhone(raw).e164, raw).toBe(`+33${raw.slice(1)}`);
  }
});

it('phone: a subscriber number that is not a valid phone number is refused, not guessed', () => {
  expect(() => normalizePhone('11223344')).toThrow(CellError);
  expect(() => normalizePhone('11223344')).toThrow('"11223344" is not a valid phone number');
  expect(() => normalizePhone('3179')).toThrow(CellError);
  expect(() => normalizePhone('06123')).toThrow(CellError);
  expect(() => normalizePhone('06 12 AB 56 78')).toThrow(/only digits/);
  expect(() => normalizePhone('6,12346E+08')).toThrow(/exponent notation/);
});

it('phone: a called number that is not a phone number is kept as written, with no E.164', () => {
  expect(readCalledNumber('3179')).toEqual({ e164: null, raw: '3179' });
  expect(readCalledNumber('SVA 118712')).toEqual({ e164: null, raw: 'SVA 118712' });
  expect(readCalledNumber('0033612345678')).toEqual({ e164: '+33612345678', raw: '0033612345678' });
});

it('phone: a short code in a called column is noted on the row, never a rejection', async () => {
  const text =
    'CdrId;CustomerId;LineNumber;CalledNumber;StartTime;Duration;Amount\r\n' +
    'V1;C1;0146270482;3179;25/10/2026 10:00:00;60;0,10\r\n' +
    'V2;C1;0146270482;0612345678;25/10/2026 10:05:00;60;0,10\r\n';
  const { rows } = await readAll(text, formatOf('rated-vga'));

  expect(rejected(rows)).toEqual([]);
  const [short, mobile] = parsed(rows);
  expect(short?.values.calledNumber).toEqual({ e164: null, raw: '3179' });
  expect(short?.notes.notPhone).toEqual(['calledNumber']);
  expect(mobile?.notes.notPhone).toEqual([]);
});

it('phone: an invalid line number rejects its row', async () => {
  const text = 'CustomerId;LineNumber;Status\r\nC1;11223344;ACTIVE\r\n';
  const { rows } = await readAll(text, formatOf('account-vga'));

  expect(rejected(rows)[0]?.reason).toBe(
    'column "LineNumber" (2): "11223344" is not a valid phone number',
  );
});
