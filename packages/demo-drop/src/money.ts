/**
 * Money and other decimals as integers: euros are counted in ten-thousandths (`bigint`), the
 * precision of rated amounts, and never pass through a binary float.
 */

/** Ten-thousandths in one unit. */
export const SCALE = 10_000n;

/** Reads `0,0120`, `0.012` or `12` (up to 4 decimals) as ten-thousandths. */
export function parseDecimal(text: string): bigint {
  const match = /^(-?)(\d+)(?:[.,](\d{1,4}))?$/.exec(text.trim());
  if (!match) throw new RangeError(`Not a decimal with at most 4 places: "${text}".`);

  const whole = BigInt(match[2] ?? '0') * SCALE;
  const fraction = BigInt((match[3] ?? '').padEnd(4, '0'));
  return match[1] === '-' ? -(whole + fraction) : whole + fraction;
}

/** `numerator / denominator`, rounded half-up; both are non-negative. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** Rounds ten-thousandths half-up to `places` decimals (still in ten-thousandths). */
export function roundTo(units: bigint, places: number): bigint {
  const step = 10n ** BigInt(4 - places);
  return divideHalfUp(units, step) * step;
}

export interface DecimalStyle {
  /** Decimals written; the value must already be rounded to them. Default 4. */
  readonly places?: number;
  /** Decimal separator. Default `,`. */
  readonly separator?: ',' | '.';
  /** Thousands separator for the whole part (`1 234,50`). Default none. */
  readonly thousands?: string;
  /** Write zero as a bare `0`, as the rating platform does. */
  readonly bareZero?: boolean;
  /** Drop trailing zeros of the fraction (`12,5`, `1`), as quantities are written. */
  readonly trim?: boolean;
}

/** Writes ten-thousandths as drop text: `0,0787`, `1 234,50`. */
export function formatDecimal(units: bigint, style: DecimalStyle = {}): string {
  const places = style.places ?? 4;
  if (units === 0n && style.bareZero) return '0';

  const step = 10n ** BigInt(4 - places);
  if (units % step !== 0n) {
    throw new RangeError(`${units} ten-thousandths has more than ${places} places.`);
  }

  const negative = units < 0n;
  const scaled = (negative ? -units : units) / step;
  const digits = scaled.toString().padStart(places + 1, '0');
  let whole = digits.slice(0, digits.length - places);
  if (style.thousands) whole = whole.replace(/\B(?=(\d{3})+$)/g, style.thousands);

  let decimals = digits.slice(digits.length - places);
  if (style.trim) decimals = decimals.replace(/0+$/, '');
  const fraction = decimals ? `${style.separator ?? ','}${decimals}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}
