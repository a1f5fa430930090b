import { expect, it } from 'vitest';
import {
  CHARGE_TYPES,
  DIRECTIONS,
  EVENT_TYPES,
  LINE_STATUSES,
  SERVICES,
  SIM_FORMATS,
  XDSL_TECHNOLOGIES,
  enumKey,
  formatOf,
  formats,
} from '../src/index.ts';
import type { FamilyName } from '../src/index.ts';
import { namesOf } from '../src/read/layout.ts';

const FAMILIES: FamilyName[] = [
  'account-vga',
  'account-voip',
  'account-xdsl',
  'account-status',
  'rated-mobile',
  'rated-vga',
  'rated-voip',
  'rated-xdsl',
  'billed-mobile',
  'billed-vga',
  'sim-order',
  'high-usage',
  'rate-table',
  'invoice-summary',
];

it('formats: every family is declared once and found by formatOf', () => {
  expect(formats.map((format) => format.family)).toEqual(FAMILIES);
  for (const family of FAMILIES) {
    expect(formatOf(family).family).toBe(family);
  }
});

it('formats: no spelling names two columns of one format', () => {
  for (const format of formats) {
    expect(() => namesOf(format), format.family).not.toThrow();
  }
});

it('formats: keys are declared columns, camelCase and unique', () => {
  for (const format of formats) {
    const keys = format.columns.map((column) => column.key);
    expect(new Set(keys).size, format.family).toBe(keys.length);
    for (const key of [...keys, ...format.key]) {
      expect(key, format.family).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    }
    for (const key of format.key) {
      expect(keys, format.family).toContain(key);
    }
  }
});

it('formats: key columns per family', () => {
  const keyOf = (family: FamilyName) => formatOf(family).key;

  expect(keyOf('account-vga')).toEqual(['lineNumber']);
  expect(keyOf('account-voip')).toEqual(['sipNumber']);
  expect(keyOf('account-xdsl')).toEqual(['accessRef']);
  expect(keyOf('account-status')).toEqual(['iccid']);
  for (const family of [
    'rated-mobile',
    'rated-vga',
    'rated-voip',
    'rated-xdsl',
    'billed-mobile',
    'billed-vga',
  ] as const) {
    expect(keyOf(family)).toEqual(['cdrId']);
  }
  expect(keyOf('sim-order')).toEqual(['orderRef', 'iccid']);
  expect(keyOf('high-usage')).toEqual(['msisdn', 'detectedAt']);
  expect(keyOf('rate-table')).toEqual(['tableCode', 'service', 'type', 'prefix', 'validFrom']);
  expect(keyOf('invoice-summary')).toEqual(['invoiceNumber']);
});

it('formats: enum columns list values whose spellings do not collide', () => {
  for (const format of formats) {
    for (const column of format.columns.filter((c) => c.type === 'enum')) {
      const seen = new Map<string, string>();
      for (const [canonical, spellings] of Object.entries(column.values ?? {})) {
        for (const spelling of [canonical, ...spellings]) {
          const owner = seen.get(enumKey(spelling));
          expect(owner === undefined || owner === canonical, `${column.key}: ${spelling}`).toBe(
            true,
          );
          seen.set(enumKey(spelling), canonical);
        }
      }
      expect(seen.size, column.key).toBeGreaterThan(0);
    }
  }
});

it('formats: decimals carry the database precision and scale', () => {
  const decimal = (family: FamilyName, key: string) => {
    const column = formatOf(family).columns.find((c) => c.key === key);
    return [column?.type, column?.precision, column?.scale];
  };

  expect(decimal('rated-mobile', 'unitPrice')).toEqual(['decimal', 12, 4]);
  expect(decimal('rated-mobile', 'amount')).toEqual(['decimal', 14, 4]);
  expect(decimal('billed-vga', 'amount')).toEqual(['decimal', 14, 4]);
  expect(decimal('rated-xdsl', 'quantity')).toEqual(['decimal', 12, 3]);
  expect(decimal('high-usage', 'volumeMb')).toEqual(['decimal', 14, 3]);
  expect(decimal('rate-table', 'unitPrice')).toEqual(['decimal', 12, 4]);
  expect(decimal('invoice-summary', 'amountExclTax')).toEqual(['decimal', 14, 2]);
});

it('formats: billed families are the rated columns plus the period and the invoice', () => {
  const keys = (family: FamilyName) => formatOf(family).columns.map((c) => c.key);

  expect(keys('billed-mobile')).toEqual([
    ...keys('rated-mobile'),
    'billingPeriod',
    'invoiceNumber',
  ]);
  expect(keys('billed-vga')).toEqual([...keys('rated-vga'), 'billingPeriod', 'invoiceNumber']);
});

it('formats: PIN and PUK are secret digits', () => {
  const secrets = formatOf('sim-order').columns.filter((c) => c.secret);

  expect(secrets.map((c) => [c.key, c.type])).toEqual([
    ['pin1', 'digits'],
    ['puk1', 'digits'],
    ['pin2', 'digits'],
    ['puk2', 'digits'],
  ]);
});

it('formats: enum value lists for the database', () => {
  expect(LINE_STATUSES).toEqual([
    'ACTIVE',
    'SUSPENDED',
    'TERMINATED',
    'PENDING',
    'PREACTIVE',
    'BARRED',
  ]);
  expect(EVENT_TYPES).toEqual(['VOICE', 'SMS', 'MMS', 'DATA']);
  expect(DIRECTIONS).toEqual(['OUT', 'IN']);
  expect(CHARGE_TYPES).toEqual(['RECURRING', 'ONE_OFF', 'USAGE']);
  expect(SIM_FORMATS).toEqual(['MINI', 'MICRO', 'NANO', 'TRIPLE', 'ESIM']);
  expect(SERVICES).toEqual(['MOBILE', 'VGA', 'VOIP']);
  expect(XDSL_TECHNOLOGIES).toEqual(['ADSL', 'ADSL2+', 'VDSL2', 'SDSL']);
});
