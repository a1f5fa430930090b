/** The month a billing field is asked for: `YYYY-MM`, the month of the calls in Paris time. */
import { InvalidArgumentError } from '../errors.ts';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export const PERIOD_DESCRIPTION = 'A month, `YYYY-MM`: the month of the calls, Paris time.';

/** `value` trimmed, or an `InvalidArgumentError` naming `argument`. */
export function periodArgument(value: string, argument = 'period'): string {
  const period = value.trim();
  if (!PERIOD.test(period)) {
    throw new InvalidArgumentError(
      argument,
      `${JSON.stringify(value)} is not a month: write it YYYY-MM, such as "2026-10".`,
    );
  }

  return period;
}
