/**
 * The small cell types: whole numbers, digit strings, booleans, enum values and billing
 * increments. Each reader takes a non-empty cell and throws {@link CellError} when it cannot
 * read it.
 */
import { CellError } from '../errors.ts';
import { BOOLEAN_SPELLINGS } from '../formats/enums.ts';
import { enumKey } from '../names.ts';
import type { Increment } from '../types.ts';
import { refuseExponent } from './decimal.ts';

export function readInt(raw: string): number {
  const text = raw.trim();
  const compact = text.replace(/\s+/g, '');
  refuseExponent(compact);
  if (!/^[+-]?\d+$/.test(compact)) {
    throw new CellError(`"${text}" is not a whole number`);
  }

  const value = Number(compact);
  if (!Number.isSafeInteger(value)) {
    throw new CellError(`"${text}" is too large a whole number`);
  }
  return value === 0 ? 0 : value;
}

/** Digits kept as text (leading zeros matter). A secret value never appears in the message. */
export function readDigits(raw: string, lengths?: readonly number[], secret = false): string {
  const text = raw.trim();
  const shown = secret ? 'the value' : `"${text}"`;
  if (!secret) {
    refuseExponent(text);
  }
  if (!/^\d+$/.test(text)) {
    throw new CellError(`${shown} is not made of digits only`);
  }
  if (lengths && lengths.length > 0 && !lengths.includes(text.length)) {
    throw new CellError(`${shown} has ${text.length} digits; expected ${describeLengths(lengths)}`);
  }
  return text;
}

function describeLengths(lengths: readonly number[]): string {
  const sorted = [...lengths].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const contiguous =
    last !== undefined && first !== undefined && last - first + 1 === sorted.length;
  if (sorted.length > 2 && contiguous) {
    return `${first} to ${last}`;
  }
  return sorted.join(' or ');
}

const booleans = new Map<string, boolean>([
  ...BOOLEAN_SPELLINGS.true.map((word) => [enumKey(word), true] as const),
  ...BOOLEAN_SPELLINGS.false.map((word) => [enumKey(word), false] as const),
]);

export function readBool(raw: string): boolean {
  const text = raw.trim();
  const value = booleans.get(enumKey(text));
  if (value === undefined) {
    throw new CellError(`"${text}" is not a yes/no value (expected 1/0, O/N, oui/non, true/false)`);
  }
  return value;
}

type EnumLookup = ReadonlyMap<string, string>;
const lookups = new WeakMap<object, EnumLookup>();

function lookupOf(values: Readonly<Record<string, readonly string[]>>): EnumLookup {
  let lookup = lookups.get(values);
  if (!lookup) {
    const entries = Object.entries(values).flatMap(([canonical, spellings]) =>
      [canonical, ...spellings].map((spelling) => [enumKey(spelling), canonical] as const),
    );
    lookup = new Map(entries);
    lookups.set(values, lookup);
  }
  return lookup;
}

/** One of `values`' canonical keys, matched without regard to case, accents or spaces. */
export function readEnum(raw: string, values: Readonly<Record<string, readonly string[]>>): string {
  const text = raw.trim();
  const canonical = lookupOf(values).get(enumKey(text));
  if (canonical === undefined) {
    throw new CellError(`"${text}" is not one of ${Object.keys(values).join(', ')}`);
  }
  return canonical;
}

/** `60/60` gives `{ first: 60, next: 60 }`: seconds billed first, then per step. */
export function readIncrement(raw: string): Increment {
  const text = raw.trim();
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  const first = Number(match?.[1]);
  const next = Number(match?.[2]);
  if (!match || first < 1 || next < 1) {
    throw new CellError(
      `"${text}" is not a billing increment (expected first/next seconds, e.g. 60/60)`,
    );
  }
  return { first, next };
}
