/**
 * Phone numbers, normalised to E.164 with libphonenumber-js, default region France.
 *
 * The `max` metadata is used: with it `isValid()` checks the digits against the numbering plan
 * (allocated ranges per type), while the default `min` metadata only checks the length, which
 * would accept numbers no operator has. Every number of the fixture drop (01 to 05 geographic
 * ranges including 05 9x, 06/07 mobiles, 08 9x premium, 09 VoIP, foreign numbers) is valid with
 * it. A range allocated after the library's release is refused until the library is upgraded.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { CellError } from '../errors.ts';
import type { CalledNumber, Phone } from '../types.ts';
import { refuseExponent } from './decimal.ts';

/** Separators people write inside numbers, and the `(0)` of `+33 (0)6 …`. */
const SEPARATORS = /[\s.\-/()]/g;
const TRUNK_ZERO = /\(0\)/g;

/**
 * Numbers already read, in two generations: a number found in the older one moves to the
 * newer, and when the newer is full the older is dropped, so that numbers that keep coming
 * back stay and numbers seen once pass through.
 */
class Memo {
  private newer = new Map<string, Phone | string>();
  private older = new Map<string, Phone | string>();

  constructor(private readonly limit: number) {}

  /** The reading of `text`, remembered or made now. */
  read(text: string): Phone | string {
    let result = this.newer.get(text);
    if (result !== undefined) return result;

    result = this.older.get(text) ?? normalize(text);
    if (this.newer.size >= this.limit) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(text, result);

    return result;
  }
}

/** The SIM cards and lines of a file come back on every few rows; called numbers far less. */
const subscribers = new Memo(50_000);
const called = new Memo(10_000);

/** `00…` and long digit strings not starting with 0 are international; the rest is French. */
function dialled(text: string): string {
  const compact = text.replace(TRUNK_ZERO, '').replace(SEPARATORS, '');
  refuseExponent(compact);
  if (!/^\+?\d+$/.test(compact)) {
    throw new CellError(`"${text}" is not a phone number (only digits, spaces and + expected)`);
  }

  if (compact.startsWith('+')) {
    return compact;
  }
  if (compact.startsWith('00')) {
    return `+${compact.slice(2)}`;
  }
  if (!compact.startsWith('0') && compact.length >= 11) {
    return `+${compact}`;
  }
  return compact;
}

function normalize(text: string): Phone | string {
  let candidate: string;
  try {
    candidate = dialled(text);
  } catch (error) {
    return (error as CellError).message;
  }

  const parsed = parsePhoneNumberFromString(candidate, 'FR');
  if (!parsed || !parsed.isValid()) {
    return `"${text}" is not a valid phone number`;
  }
  return { e164: parsed.number, raw: text };
}

/** A subscriber number (line, SIM) to E.164; throws {@link CellError} when it is not a valid
 * phone number (`11223344` is refused, not stored as `+3311223344`). */
export function normalizePhone(raw: string): Phone {
  const result = subscribers.read(raw.trim());

  if (typeof result === 'string') {
    throw new CellError(result);
  }
  return result;
}

/** A called number: E.164 when it is a valid phone number, else kept as written with `e164`
 * null (short codes like `3179`, service numbers). Never throws for a non-empty value. */
export function readCalledNumber(raw: string): CalledNumber {
  const text = raw.trim();
  const result = called.read(text);

  return typeof result === 'string' ? { e164: null, raw: text } : result;
}
