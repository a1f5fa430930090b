/**
 * Errors of the rating. Every one extends {@link BillingError} and says what was wrong and
 * how to fix it. They mark broken inputs (a rate or a record that the loader should never
 * have let through); a record that no rate prices is not an error but a `no-rate` rating.
 */

export class BillingError extends Error {
  override readonly name: string = 'BillingError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A billing increment that is not two whole numbers of seconds of at least 1. */
export class IncrementError extends BillingError {
  override readonly name = 'IncrementError';

  constructor(
    /** The increment as given, `60/60` or `{"first":0,"next":60}`. */
    readonly increment: string,
    options?: { cause?: unknown },
  ) {
    super(
      `"${increment}" is not a billing increment: expected first/next whole seconds of at ` +
        'least 1, such as 60/60, 30/1 or 1/1. Correct the rate table.',
      options,
    );
  }
}

/** A quantity of usage (seconds, kilobytes, units) that is not a whole number of at least 0. */
export class QuantityError extends BillingError {
  override readonly name = 'QuantityError';

  constructor(
    readonly quantity: string,
    readonly value: number,
    options?: { cause?: unknown },
  ) {
    super(
      `${value} is not a valid number of ${quantity}: expected a whole number, 0 or more. ` +
        'Check the record it came from.',
      options,
    );
  }
}

/** A decimal (price, fee, amount) that cannot be read. */
export class DecimalError extends BillingError {
  override readonly name = 'DecimalError';

  constructor(
    readonly what: string,
    readonly text: string,
    options?: { cause?: unknown },
  ) {
    super(
      `The ${what} "${text}" is not a decimal number. Write it with a dot and digits only ` +
        '(0.0450).',
      options,
    );
  }
}
