/**
 * Amounts, computed exactly with decimal.js and rounded once, half-up, to 4 decimals: the
 * precision of the wholesaler's rated amounts. Nothing here passes through a binary float.
 */
import Decimal from 'decimal.js';
import { DecimalError, QuantityError } from './errors.ts';
import { billedSeconds, PER_SECOND } from './increments.ts';
import type { Increment } from './types.ts';

/** Decimals for money: far more significant digits than any amount needs, half-up rounding. */
const Money = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
type Money = InstanceType<typeof Money>;

/** Decimal places of a rated amount. */
export const AMOUNT_PLACES = 4;

/** Kilobytes in a megabyte, for data priced per megabyte. */
export const KILOBYTES_PER_MEGABYTE = 1024;

const SECONDS_PER_MINUTE = 60;

/** The price and fees of a voice rate, as the amounts need them. */
export interface VoicePricing {
  /** Per minute. */
  readonly price: string;
  /** Per call; null is none. */
  readonly setupFee: string | null;
  /** Null bills by the second. */
  readonly increment: Increment | null;
}

/** Rounds an exact decimal half-up (away from zero on a tie) to 4 decimals: `0.0787`. */
export function roundAmount(value: string | Money): string {
  return toMoney('amount', value).toFixed(AMOUNT_PLACES, Money.ROUND_HALF_UP);
}

/**
 * A call of `seconds`: nothing at all for 0 seconds (no setup fee either); otherwise the
 * setup fee, once per call, plus the price per minute times the billed seconds over 60.
 */
export function voiceAmount(seconds: number, pricing: VoicePricing): string {
  const billed = billedSeconds(seconds, pricing.increment ?? PER_SECOND);
  if (billed === 0) return roundAmount(new Money(0));

  const perMinute = toMoney('price', pricing.price);
  const setupFee = toMoney('setup fee', pricing.setupFee ?? '0');
  return roundAmount(setupFee.plus(perMinute.times(billed).dividedBy(SECONDS_PER_MINUTE)));
}

/** `count` messages (SMS, MMS) at `price` each. */
export function unitAmount(count: number, price: string): string {
  checkQuantity('messages', count);

  return roundAmount(toMoney('price', price).times(count));
}

/** `kilobytes` of data at `price` per megabyte of 1,024 kB. */
export function dataAmount(kilobytes: number, price: string): string {
  checkQuantity('kilobytes', kilobytes);

  return roundAmount(toMoney('price', price).times(kilobytes).dividedBy(KILOBYTES_PER_MEGABYTE));
}

/** `actual − expected`, exactly, to 4 decimals: positive when `actual` charges more. */
export function amountDifference(actual: string, expected: string): string {
  return roundAmount(toMoney('amount', actual).minus(toMoney('amount', expected)));
}

/** Sums decimal strings exactly; the result keeps 4 decimals (`'0.0000'` for none). */
export function sumAmounts(amounts: Iterable<string>): string {
  let total = new Money(0);
  for (const amount of amounts) total = total.plus(toMoney('amount', amount));

  return roundAmount(total);
}

function toMoney(what: string, value: string | Money): Money {
  if (value instanceof Money) return value;
  let money: Money;
  try {
    money = new Money(value.trim());
  } catch (error) {
    throw new DecimalError(what, value, { cause: error });
  }
  if (!money.isFinite()) throw new DecimalError(what, value);

  return money;
}

function checkQuantity(quantity: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new QuantityError(quantity, value);
}
