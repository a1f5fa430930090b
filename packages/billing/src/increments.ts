/**
 * Billing increments (`Palier`): a call is billed a first step of seconds, then whole next
 * steps, each started step counted in full. A call of 0 seconds is billed nothing.
 */
import { IncrementError, QuantityError } from './errors.ts';
import type { Increment } from './types.ts';

/** Billing by the second, for a voice rate that names no increment. */
export const PER_SECOND: Increment = { first: 1, next: 1 };

/** Reads `60/60`, `30/1` or `1/1` (spaces allowed around the slash). */
export function parseIncrement(text: string): Increment {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new IncrementError(text);

  return checkIncrement({ first: Number(match[1]), next: Number(match[2]) });
}

/** The increment itself, once checked: both steps whole numbers of seconds, at least 1. */
export function checkIncrement(increment: Increment): Increment {
  const valid = [increment.first, increment.next].every((s) => Number.isSafeInteger(s) && s >= 1);
  if (!valid) throw new IncrementError(JSON.stringify(increment));

  return increment;
}

/**
 * The seconds billed for a call of `seconds`: nothing for 0, the first step for a call that
 * fits in it, otherwise the first step plus every next step started.
 */
export function billedSeconds(seconds: number, increment: Increment = PER_SECOND): number {
  if (!Number.isSafeInteger(seconds) || seconds < 0) throw new QuantityError('seconds', seconds);
  const { first, next } = checkIncrement(increment);

  if (seconds === 0) return 0;
  if (seconds <= first) return first;

  const beyond = seconds - first;
  const steps = (beyond - (beyond % next)) / next + (beyond % next > 0 ? 1 : 0);
  return first + steps * next;
}
