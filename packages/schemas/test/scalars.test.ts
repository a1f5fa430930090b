import { expect, it } from 'vitest';
import {
  CellError,
  CHARGE_TYPE_SPELLINGS,
  DIRECTION_SPELLINGS,
  EVENT_TYPE_SPELLINGS,
  LINE_STATUS_SPELLINGS,
  SIM_FORMAT_SPELLINGS,
  XDSL_TECHNOLOGY_SPELLINGS,
  formatOf,
  readBool,
  readDigits,
  readEnum,
  readIncrement,
  readInt,
  readPeriod,
} from '../src/index.ts';
import { readAll, rejected } from './helpers.ts';

it('bool: 1/0, O/N, oui/non, true/false, Y/N in any case', () => {
  for (const yes of ['1', 'O', 'o', 'Oui', 'OUI', 'true', 'Y', 'yes', 'Vrai']) {
    expect(readBool(yes), yes).toBe(true);
  }
  for (const no of ['0', 'N', 'non', 'NON', 'False', 'n', 'no', 'faux']) {
    expect(readBool(no), no).toBe(false);
  }
  expect(() => readBool('peut-être')).toThrow(CellError);
});

it('enum: statuses in English or French, any case or accents', () => {
  const status = (raw: string) => readEnum(raw, LINE_STATUS_SPELLINGS);

  expect(status('ACTIVE')).toBe('ACTIVE');
  expect(status('actif')).toBe('ACTIVE');
  expect(status('Suspendu')).toBe('SUSPENDED');
  expect(status('Résilié')).toBe('TERMINATED');
  expect(status('RESILIEE')).toBe('TERMINATED');
  expect(status('En cours')).toBe('PENDING');
  expect(status('en_cours')).toBe('PENDING');
  expect(status('Préactivé')).toBe('PREACTIVE');
  expect(status('Pre-active')).toBe('PREACTIVE');
  expect(status('Bloqué')).toBe('BARRED');
  expect(status('Barré')).toBe('BARRED');
  expect(() => status('Perdu')).toThrow(
    '"Perdu" is not one of ACTIVE, SUSPENDED, TERMINATED, PENDING, PREACTIVE, BARRED',
  );
});

it('enum: event types, directions, charge types, SIM formats, technologies', () => {
  expect(readEnum('Voix', EVENT_TYPE_SPELLINGS)).toBe('VOICE');
  expect(readEnum('données', EVENT_TYPE_SPELLINGS)).toBe('DATA');
  expect(readEnum('Sortant', DIRECTION_SPELLINGS)).toBe('OUT');
  expect(readEnum('entrant', DIRECTION_SPELLINGS)).toBe('IN');
  expect(readEnum('One-off', CHARGE_TYPE_SPELLINGS)).toBe('ONE_OFF');
  expect(readEnum('Récurrent', CHARGE_TYPE_SPELLINGS)).toBe('RECURRING');
  expect(readEnum('eSIM', SIM_FORMAT_SPELLINGS)).toBe('ESIM');
  expect(readEnum('Nano-SIM', SIM_FORMAT_SPELLINGS)).toBe('NANO');
  expect(readEnum('adsl2+', XDSL_TECHNOLOGY_SPELLINGS)).toBe('ADSL2+');
  expect(readEnum('ADSL', XDSL_TECHNOLOGY_SPELLINGS)).toBe('ADSL');
  expect(readEnum('vdsl', XDSL_TECHNOLOGY_SPELLINGS)).toBe('VDSL2');
});

it('int: whole numbers, with thousands spaces; fractions and exponents refused', () => {
  expect(readInt('61')).toBe(61);
  expect(readInt('1 234')).toBe(1234);
  expect(readInt('-5')).toBe(-5);
  expect(readInt('-0')).toBe(0);
  expect(() => readInt('12,5')).toThrow('"12,5" is not a whole number');
  expect(() => readInt('1.0')).toThrow(CellError);
  expect(() => readInt('4,2E+05')).toThrow(/exponent notation/);
  expect(() => readInt('99999999999999999999')).toThrow(/too large/);
});

it('digits: kept as text with leading zeros, lengths checked, secrets never echoed', () => {
  expect(readDigits('0916', [4, 5, 6, 7, 8])).toBe('0916');
  expect(readDigits('208013116566701', [15])).toBe('208013116566701');
  expect(() => readDigits('2080131165667', [15])).toThrow(
    '"2080131165667" has 13 digits; expected 15',
  );
  expect(() => readDigits('916', [4, 5, 6, 7, 8], true)).toThrow(
    'the value has 3 digits; expected 4 to 8',
  );
  expect(() => readDigits('12a4', [4], true)).toThrow('the value is not made of digits only');
});

it('period: YYYYMM becomes YYYY-MM', () => {
  expect(readPeriod('202610')).toBe('2026-10');
  expect(readPeriod('2026-10')).toBe('2026-10');
  expect(() => readPeriod('202613')).toThrow(CellError);
  expect(() => readPeriod('10/2026')).toThrow(CellError);
});

it('increment: first/next seconds', () => {
  expect(readIncrement('60/60')).toEqual({ first: 60, next: 60 });
  expect(readIncrement('30/1')).toEqual({ first: 30, next: 1 });
  expect(readIncrement('1 / 1')).toEqual({ first: 1, next: 1 });
  expect(() => readIncrement('60')).toThrow(CellError);
  expect(() => readIncrement('0/60')).toThrow(CellError);
});

it('rejection: a required empty cell names its column; every failing column is listed', async () => {
  const text =
    'CdrId;CustomerId;AccessRef;ChargeType;Quantity;Amount\r\n' +
    'X1;C1;;RECURRING;1;29,90\r\n' +
    'X2;C1;XD1;Gratuit;1;abc\r\n';
  const { rows } = await readAll(text, formatOf('rated-xdsl'));

  expect(rejected(rows)).toEqual([
    {
      ok: false,
      line: 2,
      column: 'AccessRef',
      columnNumber: 3,
      raw: 'X1;C1;;RECURRING;1;29,90',
      reason: 'column "AccessRef" (3): required value is empty',
    },
    {
      ok: false,
      line: 3,
      column: 'ChargeType',
      columnNumber: 4,
      raw: 'X2;C1;XD1;Gratuit;1;abc',
      reason:
        'column "ChargeType" (4): "Gratuit" is not one of RECURRING, ONE_OFF, USAGE; ' +
        'column "Amount" (6): "abc" is not a decimal number',
    },
  ]);
});

it('rejection: PIN and PUK codes are masked in the raw text and never in a reason', async () => {
  const text =
    'N° Commande;Date commande;ICCID;PIN1;PUK1\r\n' +
    'CMD1;15/09/2026;8933010103105183473;12;97739173\r\n' +
    'CMD1;15/09/2026;8933010103105183473;1234;97739173\r\n';
  const { rows } = await readAll(text, formatOf('sim-order'));

  const [bad, good] = rows;
  expect(bad).toMatchObject({
    ok: false,
    raw: 'CMD1;15/09/2026;8933010103105183473;***;***',
    reason: 'column "PIN1" (4): the value has 2 digits; expected 4 to 8',
  });
  expect(good).toMatchObject({ ok: true, raw: 'CMD1;15/09/2026;8933010103105183473;***;***' });
  expect(good?.ok && good.values.pin1).toBe('1234');
});

it('rejection: raw text re-quotes fields holding the delimiter or quotes', async () => {
  const text =
    'CustomerId;LineNumber;Status;Address\r\nC1;"01 46 27 04 82";Perdu;"1 rue ""A""; Bât. B"\r\n';
  const { rows } = await readAll(text, formatOf('account-vga'));

  expect(rejected(rows)[0]?.raw).toBe('C1;01 46 27 04 82;Perdu;"1 rue ""A""; Bât. B"');
});
